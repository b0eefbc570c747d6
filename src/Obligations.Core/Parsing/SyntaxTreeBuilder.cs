using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Obligations.Diagnostics;
using Obligations.Parsing.Generated;
using Obligations.Syntax;
using Obligations.Text;
using P = Obligations.Parsing.Generated.OblParser;

namespace Obligations.Parsing;

/// <summary>
/// Turns ANTLR's parse tree into the project's immutable syntax nodes. Anything the parser could not find
/// becomes a missing node (zero-width, <see cref="IdentifierSyntax.IsMissing"/>), so later phases and the
/// editor always see a complete tree.
/// </summary>
internal sealed partial class SyntaxTreeBuilder
{
    private readonly SourceText _text;
    private readonly CommonTokenStream _tokens;
    private readonly DiagnosticBag _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly IReadOnlyDictionary<int, TextSpan> _cut;
    private readonly List<int> _nestingReported;

    public SyntaxTreeBuilder(SourceText text, CommonTokenStream tokens, DiagnosticBag diagnostics, CancellationToken cancellationToken,
        IReadOnlyDictionary<int, TextSpan>? cut = null, IEnumerable<int>? nestingReported = null)
    {
        _text = text;
        _tokens = tokens;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
        _cut = cut ?? new Dictionary<int, TextSpan>();
        _nestingReported = nestingReported?.ToList() ?? new List<int>();
    }

    public CompilationUnitSyntax BuildCompilationUnit(P.CompilationUnitContext ctx)
    {
        var module = ctx.moduleDecl() is { } m ? new ModuleDeclarationSyntax(QualifiedName(m.qualifiedName(), m)) { Span = SpanOf(m) } : null;
        var imports = ctx.importDecl().Select(i => new ImportSyntax(QualifiedName(i.qualifiedName(), i)) { Span = SpanOf(i) }).ToImmutableArray();
        var declarations = ImmutableArray.CreateBuilder<DeclarationSyntax>();
        foreach (var d in ctx.declaration())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (Declaration(d) is { } declaration) declarations.Add(declaration);
        }
        return new CompilationUnitSyntax(module, imports, declarations.ToImmutable()) { Span = new TextSpan(0, _text.Length) };
    }

    private DeclarationSyntax? Declaration(P.DeclarationContext ctx)
    {
        DeclarationSyntax? result = ctx.GetChild(0) switch
        {
            P.EnumDeclContext e => Enum(e),
            P.RecordDeclContext r => Record(r),
            P.FactDeclContext f => new FactDeclarationSyntax(Name(f.identifier(), f), Type(f.typeRef(), f), Citation(f.citation())) { Span = SpanOf(f) },
            P.PartyDeclContext p => new PartyDeclarationSyntax(Name(p.identifier(), p), p.STRING() is { } s ? Unescape(s.Symbol) : null, Citation(p.citation())) { Span = SpanOf(p) },
            P.DefineDeclContext d => new DefineDeclarationSyntax(Name(d.identifier(), d), d.typeRef() is { } t ? Type(t, d) : null, Citation(d.citation()), Expr(d.expr(), d)) { Span = SpanOf(d) },
            P.ThresholdDeclContext t => Threshold(t),
            P.TriggerDeclContext t => new TriggerDeclarationSyntax(Name(t.identifier(), t), Citation(t.citation()), Expr(t.expr(), t)) { Span = SpanOf(t) },
            P.MeasureDeclContext m => Measure(m),
            P.RuleDeclContext r => Rule(r),
            P.ConsequenceDeclContext c => Consequence(c),
            _ => null,
        };
        if (result is not null) result.DocComment = DocCommentBefore(ctx.Start);
        return result;
    }

    private EnumDeclarationSyntax Enum(P.EnumDeclContext ctx) =>
        new(Name(ctx.identifier(), ctx), ctx.ORDERED() is not null, Citation(ctx.citation()),
            ctx.enumMember().Select(m => new EnumMemberSyntax(Name(m.identifier(), m), Citation(m.citation()))
            {
                Span = SpanOf(m),
                DocComment = DocCommentBefore(m.Start),
            }).ToImmutableArray())
        { Span = SpanOf(ctx) };

    private RecordDeclarationSyntax Record(P.RecordDeclContext ctx) =>
        new(Name(ctx.identifier(), ctx), Citation(ctx.citation()),
            ctx.fieldDecl().Select(f => new FieldSyntax(Name(f.identifier(), f), Type(f.typeRef(), f), Citation(f.citation()))
            {
                Span = SpanOf(f),
                DocComment = DocCommentBefore(f.Start),
            }).ToImmutableArray())
        { Span = SpanOf(ctx) };

    private ThresholdDeclarationSyntax Threshold(P.ThresholdDeclContext ctx) =>
        new(Name(ctx.identifier(), ctx), Citation(ctx.citation()),
            ctx.quantifier?.Type == P.ALL ? ThresholdQuantifier.All : ThresholdQuantifier.Any,
            ctx.criterion().Select(c => new CriterionSyntax(Name(c.identifier(), c), Expr(c.expr(), c), Citation(c.citation()))
            {
                Span = SpanOf(c),
                DocComment = DocCommentBefore(c.Start),
                Strength = Strength(c.strength()),
            }).ToImmutableArray())
        { Span = SpanOf(ctx) };

    private MeasureDeclarationSyntax Measure(P.MeasureDeclContext ctx)
    {
        var clauses = ctx.measureClause().Select<P.MeasureClauseContext, MeasureClauseSyntax?>(c => c switch
        {
            P.DoneClauseContext d => new DoneClauseSyntax(Expr(d.expr(0), d), d.ON() is not null ? Expr(d.expr(1), d) : null) { Span = SpanOf(d) },
            P.IncompatibleClauseContext i => new IncompatibleClauseSyntax(i.identifier().Select(n => Name(n, i)).ToImmutableArray()) { Span = SpanOf(i) },
            P.MeasureStrengthClauseContext st when Strength(st.strength()) is { } strength => new MeasureStrengthClauseSyntax(strength) { Span = SpanOf(st) },
            _ => null,
        }).OfType<MeasureClauseSyntax>().ToImmutableArray();
        var description = ctx.STRING() is { } s ? Unescape(s.Symbol) : null;
        return new MeasureDeclarationSyntax(Name(ctx.identifier(), ctx), description, Citation(ctx.citation()), clauses) { Span = SpanOf(ctx) };
    }

    private RuleDeclarationSyntax Rule(P.RuleDeclContext ctx)
    {
        var kind = ctx.kind?.Type switch
        {
            P.PROHIBITION => RuleKind.Prohibition,
            P.PERMISSION => RuleKind.Permission,
            _ => RuleKind.Obligation,
        };
        var clauses = ctx.ruleClause().Select(RuleClause).OfType<RuleClauseSyntax>().ToImmutableArray();
        return new RuleDeclarationSyntax(kind, Name(ctx.identifier(), ctx), Citation(ctx.citation()), clauses) { Span = SpanOf(ctx) };
    }

    private RuleClauseSyntax? RuleClause(P.RuleClauseContext ctx) => ctx switch
    {
        P.HolderClauseContext h => new HolderClauseSyntax(Name(h.identifier(), h)) { Span = SpanOf(h) },
        P.WhenClauseContext w => new WhenClauseSyntax(Expr(w.expr(), w), Citation(w.citation())) { Span = SpanOf(w) },
        P.StandingClauseContext s => new StandingClauseSyntax { Span = SpanOf(s) },
        P.MustClauseContext m => new ModalityClauseSyntax(m.NOT() is null ? Modality.Must : Modality.MustNot, Name(m.identifier(), m)) { Span = SpanOf(m) },
        P.MayClauseContext m => new ModalityClauseSyntax(Modality.May, Name(m.identifier(), m)) { Span = SpanOf(m) },
        P.WithinClauseContext w => new WithinClauseSyntax(Expr(w.expr(0), w), w.AFTER() is not null ? Expr(w.expr(1), w) : null) { Span = SpanOf(w) },
        P.UnlessClauseContext u => new UnlessClauseSyntax(Expr(u.expr(), u), Citation(u.citation())) { Span = SpanOf(u) },
        P.OverridesClauseContext o => new OverridesClauseSyntax(Name(o.identifier(0), o), Name(o.reason, o),
            o.STRING() is { } s ? Unescape(s.Symbol) : null) { Span = SpanOf(o) },
        P.StrengthClauseContext st when Strength(st.strength()) is { } strength => new StrengthClauseSyntax(strength) { Span = SpanOf(st) },
        P.OwedToClauseContext o => new OwedToClauseSyntax(Name(o.identifier(), o)) { Span = SpanOf(o) },
        _ => null,
    };

    private ConsequenceDeclarationSyntax Consequence(P.ConsequenceDeclContext ctx)
    {
        var clauses = ctx.consequenceClause().Select<P.ConsequenceClauseContext, ConsequenceClauseSyntax?>(c => c switch
        {
            P.KindClauseContext k => new KindClauseSyntax(Name(k.identifier(), k)) { Span = SpanOf(k) },
            P.OnBreachClauseContext o => new OnBreachClauseSyntax(o.ANY() is not null, o.identifier().Select(n => Name(n, o)).ToImmutableArray()) { Span = SpanOf(o) },
            P.ConditionClauseContext w => new ConditionClauseSyntax(Expr(w.expr(), w), Citation(w.citation())) { Span = SpanOf(w) },
            P.OnNotMetClauseContext o => new OnNotMetClauseSyntax(o.ANY() is not null, o.identifier().Select(n => Name(n, o)).ToImmutableArray()) { Span = SpanOf(o) },
            P.ConsequenceOwedToClauseContext o => new ConsequenceOwedToClauseSyntax(Name(o.identifier(), o)) { Span = SpanOf(o) },
            P.ConsequenceStrengthClauseContext st when Strength(st.strength()) is { } strength => new ConsequenceStrengthClauseSyntax(strength) { Span = SpanOf(st) },
            _ => null,
        }).OfType<ConsequenceClauseSyntax>().ToImmutableArray();
        return new ConsequenceDeclarationSyntax(Name(ctx.identifier(), ctx), Citation(ctx.citation()), clauses) { Span = SpanOf(ctx) };
    }

    private TypeSyntax Type(P.TypeRefContext? ctx, ParserRuleContext parent) => ctx switch
    {
        P.SetTypeContext s => new SetTypeSyntax(Type(s.typeRef(), s)) { Span = SpanOf(s) },
        P.MoneyTypeContext m => new NamedTypeSyntax(new IdentifierSyntax("money", false) { Span = SpanOf(m.MONEY().Symbol) },
            m.currency is { } c ? Name(c, m) : null) { Span = SpanOf(m) },
        P.NamedTypeContext n => new NamedTypeSyntax(Name(n.identifier(), n), null) { Span = SpanOf(n) },
        _ => MissingType(parent),
    };

    /// <summary>A missing type goes where it should have been written: before the parent's citation, if any.</summary>
    private NamedTypeSyntax MissingType(ParserRuleContext parent)
    {
        var span = MissingSpan(parent);
        if (parent.GetChild<P.CitationContext>(0) is { Start: { } citation } && !IsMissing(citation) && citation.StartIndex < span.Start)
            span = new TextSpan(EndOfTokenBefore(citation), 0);
        return new NamedTypeSyntax(new IdentifierSyntax(string.Empty, true) { Span = span }, null) { Span = span };
    }

    /// <summary>The end of the last default-channel token before <paramref name="token"/>.</summary>
    private int EndOfTokenBefore(IToken token)
    {
        for (var i = token.TokenIndex - 1; i >= 0; i--)
        {
            var previous = _tokens.Get(i);
            if (previous.Channel == Lexer.DefaultTokenChannel && !IsMissing(previous)) return previous.StopIndex + 1;
        }
        return token.StartIndex;
    }

    private QualifiedNameSyntax QualifiedName(P.QualifiedNameContext? ctx, ParserRuleContext parent) =>
        ctx is null
            ? new QualifiedNameSyntax(ImmutableArray.Create(MissingName(parent))) { Span = MissingSpan(parent) }
            : new QualifiedNameSyntax(ctx.identifier().Select(i => Name(i, ctx)).ToImmutableArray()) { Span = SpanOf(ctx) };

    private StrengthSyntax? Strength(P.StrengthContext? ctx) =>
        ctx is null ? null : new StrengthSyntax(Name(ctx.identifier(), ctx), Citation(ctx.citation())) { Span = SpanOf(ctx) };

    private CitationSyntax? Citation(P.CitationContext? ctx) =>
        ctx?.STRING() is { } s && !IsMissing(s.Symbol) ? new CitationSyntax(Unescape(s.Symbol)) { Span = SpanOf(ctx) } : null;
}
