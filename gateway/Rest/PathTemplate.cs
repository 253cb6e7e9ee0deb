using System.Text;

namespace Employment.Gateway.Rest;

/// <summary>
/// A google.api.http path template: literal segments, variables (<c>{field.path}</c>, or
/// <c>{field=pattern}</c> with <c>*</c> for one segment and <c>**</c> for the rest), and an optional
/// <c>:verb</c> suffix. The gateway only routes by it (the owning service's JsonTranscoding reads the
/// variables), and OpenAPI shows it.
/// </summary>
public sealed class PathTemplate
{
    private PathTemplate(IReadOnlyList<string> variables, string openApiPath, string routePattern)
    {
        Variables = variables;
        OpenApiPath = openApiPath;
        RoutePattern = routePattern;
    }

    /// <summary>The field paths the variables fill, in order.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>The path as OpenAPI writes it: each variable as <c>{field.path}</c>.</summary>
    public string OpenApiPath { get; }

    /// <summary>The path as an ASP.NET Core route pattern for YARP: each variable <c>{vN}</c>, a <c>**</c> variable a catch-all.</summary>
    public string RoutePattern { get; }

    public static PathTemplate Parse(string template)
    {
        ArgumentException.ThrowIfNullOrEmpty(template);
        if (template[0] != '/')
        {
            throw new FormatException($"A path template starts with '/': {template}");
        }

        var openApi = new StringBuilder();
        var route = new StringBuilder();
        var variables = new List<string>();
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c != '{')
            {
                openApi.Append(c);
                route.Append(c);
                i++;
                continue;
            }

            var end = template.IndexOf('}', i);
            if (end < 0)
            {
                throw new FormatException($"Unclosed variable in {template}");
            }

            var body = template[(i + 1)..end];
            var equals = body.IndexOf('=', StringComparison.Ordinal);
            var field = equals < 0 ? body : body[..equals];
            var segments = equals < 0 ? "*" : body[(equals + 1)..];
            openApi.Append('{').Append(field).Append('}');
            route.Append(segments.Contains("**", StringComparison.Ordinal) ? $"{{**v{variables.Count}}}" : $"{{v{variables.Count}}}");
            variables.Add(field);
            i = end + 1;
        }

        return new PathTemplate(variables, openApi.ToString(), route.ToString());
    }
}
