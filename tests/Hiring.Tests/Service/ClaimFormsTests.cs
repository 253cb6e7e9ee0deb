using Employment.Common.V1;
using Employment.Hiring.V1;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// Every kind of claim described as a form over gRPC, anonymously (DescribeClaimForms): the kinds the
/// service takes, each with its own items and its claimant, every question labelled in Chinese, the limits
/// the service checks, and the facts the registry may already hold marked; the platform's own ids not asked.
/// </summary>
public sealed class ClaimFormsTests(HiringHost host) : IClassFixture<HiringHost>
{
    private async Task<FormDescriptions> FormsAsync() =>
        await host.Hiring.DescribeClaimFormsAsync(new DescribeFormsRequest(), new Metadata());

    [Fact(Timeout = 60_000)]
    public async Task Every_kind_the_service_takes_has_a_form_with_every_question_labelled_in_Chinese()
    {
        var forms = await FormsAsync();

        var taken = Enum.GetValues<SubsidyKind>().Where(k => k != SubsidyKind.Unspecified)
            .Select(k => SubmitClaimRequest.Descriptor.FindFieldByName("kind").EnumType.FindValueByNumber((int)k).Name);
        Assert.Equal(taken.Order(StringComparer.Ordinal), forms.Forms.Select(f => f.Kind).Order(StringComparer.Ordinal));
        Assert.All(forms.Forms, form =>
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", form.NameZh);
            Assert.All(form.Fields, field => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", field.LabelZh));
            Assert.DoesNotContain(form.Fields, field => field.Path.EndsWith("person_id", StringComparison.Ordinal) || field.Path.EndsWith("founder_id", StringComparison.Ordinal) || field.Path == "employer.employer_id");
        });
    }

    [Fact(Timeout = 60_000)]
    public async Task A_hire_kinds_form_asks_the_employer_and_each_hire_with_the_limits_the_service_checks()
    {
        var expansion = (await FormsAsync()).Forms.Single(f => f.Kind == "SUBSIDY_KIND_JOB_EXPANSION");
        var paths = expansion.Fields.Select(f => f.Path).ToList();

        Assert.Equal("一次性扩岗补助", expansion.NameZh);
        Assert.Equal("employer", paths[0]);
        var hires = expansion.Fields.Single(f => f.Path == "hires[]");
        Assert.True(hires.Repeated && hires.Required);
        Assert.Equal(FormFieldType.Group, hires.Type);
        Assert.Equal(500u, hires.MaxItems);
        var idNumber = expansion.Fields.Single(f => f.Path == "hires[].person_id_number");
        Assert.Equal((FormFieldType.IdNumber, 18u), (idNumber.Type, idNumber.MaxLength));
        var start = expansion.Fields.Single(f => f.Path == "hires[].contract_start");
        Assert.Equal(FormFieldType.Date, start.Type);
        Assert.True(start.RegistryMayHold, "the registry's contract decides when it records one");
        Assert.Equal(40u, expansion.Fields.Single(f => f.Path == "payment_account").MaxLength);
        Assert.Equal((FormFieldType.CreditCode, 18u), expansion.Fields.Single(f => f.Path == "employer.credit_code") is var code ? (code.Type, code.MaxLength) : default);
        Assert.DoesNotContain(paths, p => p.StartsWith("trainees", StringComparison.Ordinal) || p.StartsWith("transport", StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_persons_own_claim_asks_no_employer_and_a_choice_lists_its_values_in_Chinese()
    {
        var forms = (await FormsAsync()).Forms;
        var transport = forms.Single(f => f.Kind == "SUBSIDY_KIND_TRANSPORT");
        var flexible = forms.Single(f => f.Kind == "SUBSIDY_KIND_FLEXIBLE_SOCIAL_INSURANCE");

        Assert.DoesNotContain(transport.Fields, f => f.Path.StartsWith("employer", StringComparison.Ordinal));
        Assert.Equal(FormFieldType.Region, transport.Fields.Single(f => f.Path == "transport.county").Type);
        var scheme = flexible.Fields.Single(f => f.Path == "flexible_worker.contributions[].scheme");
        Assert.Equal(FormFieldType.Choice, scheme.Type);
        Assert.Contains(scheme.Choices, c => c.Value == "INSURANCE_SCHEME_PENSION" && c.NameZh == "养老保险");
    }
}
