using Employment.Applicants.V1;
using Employment.Common.V1;
using Grpc.Core;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// Every kind of registry fact described as a form over gRPC, anonymously (DescribeFactForms): a person's fact by
/// its kind, with the detail the registry requires of that kind (学历 its education, 劳动合同 its contract, …), the
/// period worded for the kind, the source required; an employer's by its detail; every question labelled in Chinese.
/// </summary>
public sealed class FactFormsTests(SqliteRegistry host) : IClassFixture<SqliteRegistry>
{
    [Fact(Timeout = 60_000)]
    public async Task Every_kind_of_fact_is_a_form_with_the_detail_its_kind_requires()
    {
        var forms = await host.Client.DescribeFactFormsAsync(new DescribeFactFormsRequest(), new Metadata());

        var personKinds = PersonFact.Descriptor.FindFieldByName("kind").EnumType.Values.Where(v => v.Number != 0).Select(v => v.Name);
        Assert.Equal(personKinds.Order(StringComparer.Ordinal), forms.Person.Forms.Select(f => f.Kind).Order(StringComparer.Ordinal));
        var details = EmployerFact.Descriptor.Oneofs.Single(o => o.Name == "detail").Fields.Select(f => f.Name);
        Assert.Equal(details.Order(StringComparer.Ordinal), forms.Employer.Forms.Select(f => f.Kind).Order(StringComparer.Ordinal));
        Assert.All(forms.Person.Forms.Concat(forms.Employer.Forms), form =>
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", form.NameZh);
            Assert.All(form.Fields, f => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", f.LabelZh));
        });
        Assert.All(forms.Person.Forms, form => Assert.True(form.Fields.Single(f => f.Path == "authority").Required));
        Assert.All(forms.Employer.Forms, form => Assert.True(form.Fields.Single(f => f.Path == "source").Required));

        var education = forms.Person.Forms.Single(f => f.Kind == "PERSON_FACT_KIND_EDUCATION");
        Assert.Equal("学历", education.NameZh);
        Assert.Contains(education.Fields.Single(f => f.Path == "education.level").Choices, c => c.Value == "EDUCATION_LEVEL_BACHELOR" && c.NameZh == "本科");
        Assert.DoesNotContain(education.Fields, f => f.Path.StartsWith("contract", StringComparison.Ordinal));
        var registration = forms.Person.Forms.Single(f => f.Kind == "PERSON_FACT_KIND_UNEMPLOYMENT_REGISTRATION");
        Assert.Equal(["period", "period.from", "period.until", "authority", "evidence_reference"], registration.Fields.Select(f => f.Path));
        Assert.Equal("失业登记日期", registration.Fields.Single(f => f.Path == "period.from").LabelZh);
        var contract = forms.Person.Forms.Single(f => f.Kind == "PERSON_FACT_KIND_EMPLOYMENT_CONTRACT");
        Assert.Equal(FormFieldType.CreditCode, contract.Fields.Single(f => f.Path == "contract.employer_credit_code").Type);
        var incubator = forms.Employer.Forms.Single(f => f.Kind == "incubator_entry");
        Assert.True(incubator.Fields.Single(f => f.Path == "incubator_entry.costs[]").Repeated);
        Assert.Equal(FormFieldType.Money, incubator.Fields.Single(f => f.Path == "incubator_entry.costs[].cost").Type);
    }
}
