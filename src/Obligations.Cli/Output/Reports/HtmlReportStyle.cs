namespace Obligations.Cli.Output.Reports;

/// <summary>The report's stylesheet, inlined so that the page is one file: status colours, folded trees, print-friendly.</summary>
internal static class HtmlReportStyle
{
    public const string Css = """
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
        h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}h3{font-size:1rem;margin-top:1.5rem}
        code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
        pre{background:#f6f8fa;padding:.75rem;overflow:auto;max-height:24rem}
        table{border-collapse:collapse;margin:.5rem 0}th,td{text-align:left;vertical-align:top;padding:.25rem .75rem;border-bottom:1px solid #eaeef2}
        details.rule{border:1px solid #d0d7de;border-radius:6px;margin:.4rem 0;padding:.4rem .75rem}
        details.rule>summary{cursor:pointer}details.rule[open]>summary{margin-bottom:.4rem}
        .status{display:inline-block;min-width:7.5rem;text-align:center;border-radius:1rem;padding:0 .6rem;font-size:.85em;font-weight:600;color:#fff;background:#6e7781}
        .breached,.not_available{background:#cf222e}.pending{background:#bf8700}.complied,.applies{background:#1a7f37}.permitted{background:#0969da}
        .excused,.overridden{background:#8250df}.not_applicable,.not_triggered{background:#8c959f}
        .mark{font-weight:600}.mark.holds{color:#1a7f37}.mark.fails{color:#cf222e}
        .role{font-weight:600}.cite{color:#57606a;font-style:italic}.cite::before{content:"source: "}
        .given{color:#57606a;margin-left:1.5rem}.doc{color:#57606a}.source{font-style:italic}
        .at{font-size:.8em;color:#57606a;margin-left:.3rem}.deadline{color:#57606a;font-size:.9em}
        ul.reasons,ul.reasons ul{list-style:none;padding-left:1.25rem}ul.reasons li{margin:.2rem 0}
        .pass{color:#1a7f37;font-weight:600}.fail{color:#cf222e;font-weight:600}.failures{color:#cf222e}
        @media print{details{display:block}details>summary{list-style:none}}
        """;
}
