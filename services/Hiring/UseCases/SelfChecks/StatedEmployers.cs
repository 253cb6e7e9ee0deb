using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;

namespace Employment.Hiring.UseCases.SelfChecks;

/// <summary>The employer kinds a self-check takes (R17), read once for every measure that asks for one.</summary>
internal static class StatedEmployers
{
    /// <summary>The stated kind, or INVALID_ARGUMENT naming <paramref name="field"/>.</summary>
    public static EmployerKind Kind(EntityKind stated, string field) => stated switch
    {
        EntityKind.Enterprise => EmployerKind.Enterprise,
        EntityKind.IndividualBusiness => EmployerKind.IndividualBusiness,
        EntityKind.Cooperative => EmployerKind.Cooperative,
        EntityKind.Organisation => EmployerKind.Organisation,
        _ => throw DomainRuleException.Invalid(field, $"请选择申请单位类型（{field}）：企业、个体工商户、农民专业合作社或其他单位。"),
    };
}
