using Employment.Common.V1;

namespace Employment.Web.Kit.Forms;

/// <summary>A registry fact's kind as the registry's fact forms name it (<c>DescribeFactForms</c>), for every screen that shows facts by name.</summary>
public static class FactKinds
{
    public static string Of(PersonFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return PersonFact.Descriptor.FindFieldByName("kind").EnumType.FindValueByNumber((int)fact.Kind)?.Name ?? "";
    }
}
