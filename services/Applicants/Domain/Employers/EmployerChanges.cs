using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Employment.ServiceDefaults.Validation;

namespace Employment.Applicants.Domain.Employers;

/// <summary>An update of an employer's details: only the fields the mask names, each checked by its rule.</summary>
internal static class EmployerChanges
{
    /// <summary>The employer as updated from <paramref name="current"/>; the subject is stamped with the change.</summary>
    public static Employer Apply(IRegistrySubject employer, Employer current, Employer input, IEnumerable<string> paths, string actor, DateTimeOffset at, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(employer);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(paths);
        var updated = current.Clone();
        foreach (var path in paths)
        {
            switch (path)
            {
                case "name":
                    updated.Name = EmployerValidation.Name(input.Name, "employer.name");
                    break;
                case "region":
                    EmployerValidation.Region(input.Region, "employer.region");
                    updated.Region = input.Region;
                    break;
                case "kind":
                    updated.Kind = input.Kind;
                    break;
                case "industry_code":
                    updated.IndustryCode = input.IndustryCode;
                    break;
                case "registration_date":
                    updated.RegistrationDate = input.RegistrationDate;
                    break;
                case "legal_representative_id_number":
                    updated.LegalRepresentativeIdNumber = EmployerValidation.LegalRepresentative(input.LegalRepresentativeIdNumber, "employer.legal_representative_id_number", today);
                    break;
                case "credit_code":
                    // The code is the employer's key in every other service; a wrong one is a wrong registration.
                    throw DomainRuleException.Invalid("update_mask", "统一社会信用代码不能修改；如登记有误，请重新登记。");
                default:
                    throw DomainRuleException.Invalid("update_mask", $"字段“{PlainText.Quote(path)}”不能修改或不存在。");
            }
        }

        employer.StampChanged(actor, at);
        return updated;
    }
}
