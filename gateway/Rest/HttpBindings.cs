using Google.Api;
using Google.Protobuf.Reflection;

namespace Employment.Gateway.Rest;

/// <summary>Every REST route declared with google.api.http in the contracts: the only REST API there is.</summary>
public sealed class HttpBindings
{
    public HttpBindings(IEnumerable<FileDescriptor> files)
    {
        var bindings = new List<HttpBinding>();
        foreach (var method in files.SelectMany(f => f.Services).SelectMany(s => s.Methods))
        {
            if (method.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is not { } rule || rule.PatternCase == HttpRule.PatternOneofCase.None)
            {
                continue;
            }

            bindings.Add(Binding(rule, method));
            bindings.AddRange(rule.AdditionalBindings.Select(extra => Binding(extra, method)));
        }

        All = bindings;
    }

    public IReadOnlyList<HttpBinding> All { get; }

    private static HttpBinding Binding(HttpRule rule, MethodDescriptor method)
    {
        var (verb, template) = rule.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => ("GET", rule.Get),
            HttpRule.PatternOneofCase.Put => ("PUT", rule.Put),
            HttpRule.PatternOneofCase.Post => ("POST", rule.Post),
            HttpRule.PatternOneofCase.Delete => ("DELETE", rule.Delete),
            HttpRule.PatternOneofCase.Patch => ("PATCH", rule.Patch),
            _ => (rule.Custom.Kind.ToUpperInvariant(), rule.Custom.Path),
        };
        return new HttpBinding(verb, PathTemplate.Parse(template), rule.Body, method);
    }
}
