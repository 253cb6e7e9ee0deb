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

    /// <summary>A founder as a person would answer the startup form: each answer by its path, a ticked group by its index.</summary>
    private static SelfCheckAnswers Founder(params (string Path, string Value)[] more)
    {
        var asked = new SelfCheckAnswers { Address = "startup" };
        foreach (var (path, value) in new[]
        {
            ("business_kind", "ENTITY_KIND_ENTERPRISE"), ("region", "410802"), ("registered_on", "2022-09-01"), ("first_business", "true"),
            ("operated_normally", "true"), ("groups[0]", "STATED_FOUNDER_GROUP_COLLEGE_STUDENT"), ("graduation_date", "2021-6-30"),
        }.Concat(more))
        {
            asked.Answers.Add(new FormAnswer { Path = path, Value = value });
        }

        return asked;
    }

    [Fact(Timeout = 60_000)]
    public async Task R21_answers_keyed_by_the_forms_paths_are_judged_as_the_typed_self_check_judges_the_same_request()
    {
        var shared = await host.Cases.CheckSelfAsync(Founder(), new Metadata());
        var typed = (await host.Hiring.CheckSubsidiesAsync(new SubsidySelfCheckRequest
        {
            Startup = new StatedStartup
            {
                BusinessKind = EntityKind.Enterprise,
                Region = new RegionCode { Code = "410802" },
                RegisteredOn = new CalendarDate { Year = 2022, Month = 9, Day = 1 },
                FirstBusiness = true,
                OperatedNormally = true,
                Groups = { StatedFounderGroup.CollegeStudent },
                GraduationDate = new CalendarDate { Year = 2021, Month = 6, Day = 30 },
            },
        })).Startup;

        Assert.Equal(typed.MayBePaid, shared.MayBePaid);
        Assert.Equal(typed.Amount, shared.Amount);
        Assert.Equal(typed.PaidUnderZh, shared.PaidUnderZh);
        Assert.Equal(typed.BringZh, shared.BringZh);
        Assert.Equal(typed.Measures.Select(m => (m.NameZh, m.MayBePaid, m.Amount?.Fen)), shared.Parts.Select(p => (p.NameZh, p.MayBePaid, p.Amount?.Fen)));
        Assert.Equal(typed.Measures.Select(m => m.Explanation), shared.Parts.Select(p => p.Explanation));
        Assert.Equal((await FormsAsync()).Single(f => f.Address == "startup").NameZh, shared.NameZh);
        Assert.Equal(shared.MayBePaid ? "可以享受" : "不能享受", shared.VerdictZh);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_answer_wrong_on_its_face_or_a_required_one_missing_is_refused_naming_its_path_and_an_unknown_form_is_not_found()
    {
        var badDay = await Assert.ThrowsAsync<RpcException>(() => host.Cases.CheckSelfAsync(Founder(("registered_on", "2022-13-45")), new Metadata()).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, badDay.StatusCode);
        Assert.Contains("请按 年-月-日 填写日期", badDay.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("registered_on", badDay.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>()?.FieldViolations.Single().Field);

        var missing = new SelfCheckAnswers { Address = "startup" };
        missing.Answers.AddRange(Founder().Answers.Where(a => a.Path != "region"));
        var noPlace = await Assert.ThrowsAsync<RpcException>(() => host.Cases.CheckSelfAsync(missing, new Metadata()).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, noPlace.StatusCode);
        Assert.Equal("region", noPlace.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>()?.FieldViolations.Single().Field);

        // An entry past what the group takes is not read (no list grows from an index someone typed).
        var far = await host.Cases.CheckSelfAsync(Founder(("groups[99999]", "STATED_FOUNDER_GROUP_EMPLOYMENT_DIFFICULTY")), new Metadata());
        Assert.Equal((await host.Cases.CheckSelfAsync(Founder(), new Metadata())).MayBePaid, far.MayBePaid);

        var unknown = await Assert.ThrowsAsync<RpcException>(() => host.Cases.CheckSelfAsync(new SelfCheckAnswers { Address = "no-such-check" }, new Metadata()).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }
}
