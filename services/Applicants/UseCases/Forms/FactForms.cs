using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ServiceDefaults.Forms;

namespace Employment.Applicants.UseCases.Forms;

/// <summary>
/// Every kind of registry fact as a form a clerk fills in: a person's by <see cref="PersonFactKind"/> (the period, the
/// source, the evidence and the detail the kind requires, as <c>PersonValidation.Fact</c> checks them), an employer's
/// by its detail (the detail, the source and the evidence). Worded by <see cref="FactFormWording"/>; described once.
/// </summary>
internal static class FactForms
{
    public static DescribeFactFormsResponse Described { get; } = Describe();

    private static DescribeFactFormsResponse Describe()
    {
        var answer = new DescribeFactFormsResponse { Person = new FormDescriptions(), Employer = new FormDescriptions() };
        foreach (var (kind, wording) in FactFormWording.PersonKinds.OrderBy(k => k.Key))
        {
            var describer = new FormDescriber(FactFormWording.PersonFields(wording), CommonChoices.All);
            string[] fields = wording.DetailField.Length == 0 ? ["period", "authority", "evidence_reference"] : [wording.DetailField, "period", "authority", "evidence_reference"];
            var name = PersonFact.Descriptor.FindFieldByName("kind").EnumType.FindValueByNumber((int)kind).Name;
            answer.Person.Forms.Add(describer.Describe(PersonFact.Descriptor, name, wording.NameZh, fields));
        }

        var employer = new FormDescriber(FactFormWording.EmployerFields, CommonChoices.All);
        foreach (var (detail, nameZh) in FactFormWording.EmployerKinds)
        {
            answer.Employer.Forms.Add(employer.Describe(EmployerFact.Descriptor, detail, nameZh, [detail, "source", "evidence_reference"]));
        }

        return answer;
    }
}
