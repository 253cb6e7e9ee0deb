using Employment.Common.V1;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;

namespace Training.Tests.Service;

/// <summary>
/// Every kind of training application described as a form over gRPC, anonymously
/// (DescribeApplicationForms): each kind asks the applicant, its own certificate, course or
/// apprenticeship, where the person is insured and the account, every question labelled in Chinese,
/// the certificate's level as a choice, and the registry's id of a person never asked.
/// </summary>
public sealed class ApplicationFormsTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    [Fact(Timeout = 60_000)]
    public async Task Each_kind_asks_its_own_questions_labelled_in_Chinese()
    {
        var forms = (await host.Training.DescribeApplicationFormsAsync(new DescribeFormsRequest(), new Metadata())).Forms;

        Assert.Equal(["SUBSIDY_KIND_NEW_APPRENTICESHIP", "SUBSIDY_KIND_SKILL_UPGRADE", "SUBSIDY_KIND_VOCATIONAL_TRAINING"], forms.Select(f => f.Kind).Order(StringComparer.Ordinal));
        Assert.All(forms, form =>
        {
            Assert.Equal("person", form.Fields[0].Path);
            Assert.All(form.Fields, f => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", f.LabelZh));
            Assert.DoesNotContain(form.Fields, f => f.Path is "person.person_id" or "certificate_fact_id");
        });
        var skill = forms.Single(f => f.Kind == "SUBSIDY_KIND_SKILL_UPGRADE");
        Assert.Equal("技能提升补贴", skill.NameZh);
        Assert.True(skill.Fields.Single(f => f.Path == "certificate").RegistryMayHold);
        Assert.Equal(FormFieldType.Date, skill.Fields.Single(f => f.Path == "certificate.issue_date").Type);
        var level = skill.Fields.Single(f => f.Path == "certificate.level");
        Assert.Contains(level.Choices, c => c.Value == "SKILL_LEVEL_L4" && c.NameZh == "四级（中级工）");
        Assert.DoesNotContain(skill.Fields, f => f.Path.StartsWith("course", StringComparison.Ordinal) || f.Path.StartsWith("apprenticeship", StringComparison.Ordinal));
        var apprenticeship = forms.Single(f => f.Kind == "SUBSIDY_KIND_NEW_APPRENTICESHIP");
        Assert.Equal(FormFieldType.CreditCode, apprenticeship.Fields.Single(f => f.Path == "apprenticeship.enterprise_credit_code").Type);
    }
}
