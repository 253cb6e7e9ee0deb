using System.Reflection;

namespace Employment.Web.Kit.Layout;

/// <summary>A text file an application embeds in its assembly (its stylesheet, its script), read once at start.</summary>
public static class EmbeddedText
{
    public static string Read(Assembly assembly, string name)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
