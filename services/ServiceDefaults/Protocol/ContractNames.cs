using System.Reflection;
using Google.Protobuf.Reflection;

namespace Employment.ServiceDefaults.Protocol;

/// <summary>How the contracts spell an enum value (EMPLOYMENT_TYPE_GIG): in proto JSON, REST query strings and the services' form descriptions.</summary>
public static class ContractNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        typeof(TEnum).GetField(value.ToString())?.GetCustomAttribute<OriginalNameAttribute>()?.Name ?? "";
}
