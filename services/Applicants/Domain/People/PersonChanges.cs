using Employment.Common.V1;
using Employment.ServiceDefaults.Validation;

namespace Employment.Applicants.Domain.People;

/// <summary>An update of a person's details: only the fields the mask names, each checked by its rule.</summary>
internal static class PersonChanges
{
    public static void Apply(IPersonDetails person, Person input, IEnumerable<string> paths, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            switch (path)
            {
                case "name":
                    person.Name = PersonValidation.Name(input.Name, "person.name");
                    break;
                case "phone":
                    person.Phone = PersonValidation.Phone(input.Phone, "person.phone");
                    break;
                case "household_region":
                    person.HouseholdRegion = PersonValidation.Region(input.HouseholdRegion, "person.household_region");
                    break;
                case "household_type":
                    person.HouseholdType = (int)PersonValidation.Household(input.HouseholdType, "person.household_type");
                    break;
                case "residence_region":
                    person.ResidenceRegion = PersonValidation.Region(input.ResidenceRegion, "person.residence_region");
                    break;
                case "household_number":
                    person.HouseholdNumber = PersonValidation.HouseholdNumber(input.HouseholdNumber, "person.household_number");
                    break;
                case "staff_id":
                    person.StaffId = PersonValidation.StaffId(input.StaffId, "person.staff_id");
                    break;
                case "id_number":
                    // The number is the person's key in every other service; a wrong one is a wrong registration.
                    throw DomainRuleException.Invalid("update_mask", "身份证号码不能修改；如登记有误，请撤销后重新登记。");
                default:
                    throw DomainRuleException.Invalid("update_mask", $"字段“{PlainText.Quote(path)}”不能修改或不存在。");
            }
        }

        person.StampChanged(actor, at);
    }
}
