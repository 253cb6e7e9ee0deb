namespace Employment.Web.Workbench.Pages.Apply;

/// <summary>The kinds' names by desk and the kind's contract name, as the services' form descriptions give them.</summary>
public sealed record KindNames(IReadOnlyDictionary<(string Desk, string Kind), string> Names, IReadOnlyDictionary<string, string> ServicesZh)
{
    /// <summary>The kind's name; its service's when the service did not describe its forms.</summary>
    public string Of<TKind>(string desk, TKind kind)
        where TKind : struct, Enum =>
        Names.TryGetValue((desk, ContractNames.Of(kind)), out var name) ? name : ServicesZh.GetValueOrDefault(desk, "");
}
