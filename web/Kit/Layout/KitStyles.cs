namespace Employment.Web.Kit.Layout;

/// <summary>
/// The base stylesheet (<c>kit.css</c>: type, colours, focus ring, form controls, the problem box, tables
/// and the print style), which each application serves ahead of its own rules as its one stylesheet.
/// </summary>
public static class KitStyles
{
    public static string Css { get; } = EmbeddedText.Read(typeof(KitStyles).Assembly, "Employment.Web.Kit.kit.css");

    /// <summary>The kit's rules, then the application's, as one stylesheet (one request per page).</summary>
    public static string With(string applicationCss) => Css + "\n" + applicationCss;
}
