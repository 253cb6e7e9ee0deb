using Employment.Common.V1;
using Employment.Hiring.V1;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 自助测算 described by the service (SubsidyCases.DescribeSelfChecks), anonymously: each self-check a kind registers,
/// in the kinds' order, its answers going in the self-check request's field its kind names and its verdict coming in
/// the answer's field of that name; only the questions its rules read, labelled in Chinese; a month asked as a month;
/// the person's facts marked as ones the registry may hold.
/// </summary>
public sealed class SelfCheckFormsTests(HiringHost host) : IClassFixture<HiringHost>
{
    private async Task<IReadOnlyList<FormDescription>> FormsAsync() =>
        (await host.Cases.DescribeSelfChecksAsync(new DescribeSelfChecksRequest(), new Metadata())).Forms;

    [Fact(Timeout = 60_000)]
    public async Task Each_registered_self_check_is_described_in_the_kinds_order_by_its_request_and_answer_field()
    {
        var forms = await FormsAsync();

        Assert.Equal(["hire", "insured-hire", "traineeship", "startup", "stabilisation", "flexible-work", "incubator"], forms.Select(f => f.Address));
        Assert.All(forms, form =>
        {
            Assert.NotNull(SubsidySelfCheckRequest.Descriptor.FindFieldByName(form.Kind));
            Assert.NotNull(SubsidySelfCheck.Descriptor.FindFieldByName(form.Kind));
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", form.NameZh + form.AudienceZh + form.SummaryZh);
            Assert.All(form.Fields, field => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", field.LabelZh));
        });
    }

    [Fact(Timeout = 60_000)]
    public async Task R25_the_flexible_workers_check_asks_its_first_month_as_a_month_and_only_the_persons_facts_its_groups_read()
    {
        var flexible = (await FormsAsync()).Single(f => f.Address == "flexible-work");
        var paths = flexible.Fields.Select(f => f.Path).ToList();

        Assert.Equal("flexible_work", flexible.Kind);
        Assert.Equal("灵活就业人员社会保险补贴", flexible.NameZh);
        Assert.Equal(FormFieldType.Month, flexible.Fields.Single(f => f.Path == "first_month").Type);
        Assert.True(flexible.Fields.Single(f => f.Path == "first_month").Required);
        Assert.True(flexible.Fields.Single(f => f.Path == "person").RegistryMayHold);
        Assert.Contains("person.education.level", paths);
        Assert.Contains("person.employment_difficulty", paths);
        Assert.DoesNotContain("person.birth_date", paths); // the flexible workers' groups read no age
        Assert.DoesNotContain("person.veteran", paths);
        Assert.DoesNotContain("person.education.institution", paths);
    }
}
