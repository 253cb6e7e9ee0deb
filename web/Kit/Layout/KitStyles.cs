namespace Employment.Web.Kit.Layout;

/// <summary>
/// The base stylesheet (<c>kit.css</c>: type, colours, focus ring, form controls, the problem box, tables
/// and the print style), which each application serves ahead of its own rules as its one stylesheet.
/// </summary>
public static class KitStyles
{
    public static string Css { get; } = Read("Employment.Web.Kit.kit.css");

    /// <summary>The kit's rules, then the application's, as one stylesheet (one request per page).</summary>
    public static string With(string applicationCss) => Css + "\n" + applicationCss;

    private static string Read(string name)
    {
        using var stream = typeof(KitStyles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in the kit's assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
