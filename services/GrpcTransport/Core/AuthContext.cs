namespace Grpc.Core;

/// <summary>Authentication facts of a call: for a TLS call, the transport security type.</summary>
public class AuthContext
{
    private readonly Dictionary<string, List<AuthProperty>> _properties;

    public AuthContext(string? peerIdentityPropertyName, Dictionary<string, List<AuthProperty>> properties)
    {
        PeerIdentityPropertyName = peerIdentityPropertyName;
        _properties = properties;
    }

    public string? PeerIdentityPropertyName { get; }

    public bool IsPeerAuthenticated => PeerIdentityPropertyName is not null;

    public IEnumerable<AuthProperty> PeerIdentity =>
        PeerIdentityPropertyName is null ? [] : FindPropertiesByName(PeerIdentityPropertyName);

    public IEnumerable<AuthProperty> Properties => _properties.Values.SelectMany(v => v);

    public IEnumerable<AuthProperty> FindPropertiesByName(string propertyName) =>
        _properties.TryGetValue(propertyName, out var values) ? values : [];
}

public sealed class AuthProperty
{
    private AuthProperty(string name, byte[] valueBytes)
    {
        Name = name;
        ValueBytes = valueBytes;
    }

    public string Name { get; }

    public byte[] ValueBytes { get; }

    public string Value => System.Text.Encoding.UTF8.GetString(ValueBytes);

    public static AuthProperty Create(string name, byte[] valueBytes) => new(name, valueBytes);
}
