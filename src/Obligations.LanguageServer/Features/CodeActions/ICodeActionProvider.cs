using Obligations.LanguageServer.Protocol;

namespace Obligations.LanguageServer.Features.CodeActions;

/// <summary>One kind of quick fix or refactoring; <see cref="CodeActionHandler"/> asks each in turn.</summary>
public interface ICodeActionProvider
{
    IEnumerable<CodeAction> Provide(CodeActionRequest request);
}
