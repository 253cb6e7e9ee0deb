using System.Text;
using System.Text.RegularExpressions;

namespace Employment.Gateway.Rest;

/// <summary>
/// A google.api.http path template: literal segments, variables (<c>{field.path}</c>, or
/// <c>{field=pattern}</c> with <c>*</c> for one segment and <c>**</c> for the rest), and an optional
/// <c>:verb</c> suffix. Matches request paths and fills the variables.
/// </summary>
public sealed class PathTemplate
{
    private readonly Regex _regex;

    private PathTemplate(string template, Regex regex, IReadOnlyList<string> variables, string openApiPath)
    {
        Template = template;
        _regex = regex;
        Variables = variables;
        OpenApiPath = openApiPath;
    }

    public string Template { get; }

    /// <summary>The field paths the variables fill, in order.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>The path as OpenAPI writes it: each variable as <c>{field.path}</c>.</summary>
    public string OpenApiPath { get; }

    public static PathTemplate Parse(string template)
    {
        ArgumentException.ThrowIfNullOrEmpty(template);
        if (template[0] != '/')
        {
            throw new FormatException($"A path template starts with '/': {template}");
        }

        var pattern = new StringBuilder("^");
        var openApi = new StringBuilder();
        var variables = new List<string>();
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c == '{')
            {
                var end = template.IndexOf('}', i);
                if (end < 0)
                {
                    throw new FormatException($"Unclosed variable in {template}");
                }

                var body = template[(i + 1)..end];
                var equals = body.IndexOf('=', StringComparison.Ordinal);
                var field = equals < 0 ? body : body[..equals];
                var segments = equals < 0 ? "*" : body[(equals + 1)..];
                pattern.Append("(?<v").Append(variables.Count).Append('>').Append(SegmentsPattern(segments)).Append(')');
                openApi.Append('{').Append(field).Append('}');
                variables.Add(field);
                i = end + 1;
            }
            else
            {
                pattern.Append(Regex.Escape(c.ToString()));
                openApi.Append(c);
                i++;
            }
        }

        pattern.Append('$');
        return new PathTemplate(template, new Regex(pattern.ToString(), RegexOptions.CultureInvariant), variables, openApi.ToString());
    }

    /// <summary>The variables' values (percent-decoded) when the path matches.</summary>
    public bool TryMatch(string path, out IReadOnlyList<(string Field, string Value)> values)
    {
        var match = _regex.Match(path);
        if (!match.Success)
        {
            values = [];
            return false;
        }

        values = Variables.Select((field, index) => (field, Uri.UnescapeDataString(match.Groups["v" + index].Value))).ToArray();
        return true;
    }

    // '*' is one segment, '**' any number; literal segments inside a variable stay literal.
    private static string SegmentsPattern(string segments) =>
        string.Join("/", segments.Split('/').Select(s => s switch
        {
            "*" => "[^/:]+",
            "**" => "[^:]+",
            _ => Regex.Escape(s),
        }));
}
