using Employment.Jobs.Domain.Assistance;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Jobs.Tests.Domain;

/// <summary>Employment assistance in-process: the case's life and the zero-employment household list (36号（十三）).</summary>
public sealed class AssistanceRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static AssistanceCase Open(string id = "A1", string person = "P1", string household = "") =>
        AssistanceCase.Open(id, AssistanceProgramme.General, person, "410823", household, Today.AddDays(-30), "优先推荐爱心岗位", "张援助员");

    private static MemberFacts Facts(string person, string reference, params FactPeriod[] work) =>
        new(person, [(reference, new FactPeriod(new DateOnly(2023, 1, 1), null))], work);

    [Fact]
    public void Jobs_assistance_dated_while_open_refuses_a_contact_before_the_case_or_after_today()
    {
        var c = Open();
        var early = Assert.Throws<DomainRuleException>(() => c.RecordContact(new AssistanceContact(Today.AddDays(-31), ContactChannel.Phone, "回访", "clerk"), Today));
        Assert.Equal("contact.date", early.Field);
        Assert.Throws<DomainRuleException>(() => c.Refer(new AssistanceReferral(Today.AddDays(1), ReferralKind.Training, "电工培训", "", "clerk"), Today));
        c.RecordContact(new AssistanceContact(Today, ContactChannel.Phone, "回访", "clerk"), Today);
        Assert.Single(c.Contacts);
    }

    [Fact]
    public void Jobs_assistance_closed_with_outcome_needs_an_outcome_and_a_note_and_closes_once()
    {
        var c = Open();
        Assert.Equal("outcome", Assert.Throws<DomainRuleException>(() => c.Close(AssistanceOutcome.None, Today, "x", Today)).Field);
        Assert.Equal("note", Assert.Throws<DomainRuleException>(() => c.Close(AssistanceOutcome.Employed, Today, "", Today)).Field);
        c.Close(AssistanceOutcome.Employed, Today.AddDays(-2), "公益性岗位", Today);
        Assert.True(c.EmployedOn(Today));
        Assert.False(c.EmployedOn(Today.AddDays(-3)));
        Assert.Equal(AssistanceRuleIds.DatedWhileOpen, Assert.Throws<DomainRuleException>(() => c.Revise("新方案", "李援助员")).RuleId);
    }

    [Fact]
    public void Jobs_assistance_zero_employment_household_groups_members_by_recognition_and_counts_work()
    {
        var standing = ZeroEmploymentHouseholds.Standing(
        [
            (Open("A1", "P1", "H1"), Facts("P1", "H1")),
            (Open("A2", "P2", "H1"), Facts("P2", "H1", new FactPeriod(Today.AddYears(-2), Today.AddYears(-1)))), // worked, not now
            (Open("A3", "P3", "H2"), Facts("P3", "H2", new FactPeriod(Today.AddDays(-5), null))),                // works now
            (Open("A4", "P4", ""), new MemberFacts("P4", [], [])),                                                 // no recognition
        ], minEmployed: 1, Today);

        var h1 = Assert.Single(standing, h => h.Reference == "H1");
        Assert.Equal(2, h1.Members.Count);
        Assert.True(h1.Listed);
        var h2 = Assert.Single(standing, h => h.Reference == "H2");
        Assert.False(h2.Listed);
        Assert.Equal(2, standing.Count);
    }

    [Fact]
    public void Jobs_assistance_graduate_record_take_up_is_the_share_of_records_closed_employed()
    {
        static AssistanceCase Graduate(string id) => AssistanceCase.Open(id, AssistanceProgramme.UnemployedGraduate, "P" + id, "410823", "", Today.AddDays(-30), "一人一档一策：推荐见习岗位", "刘援助员");
        var employed = Graduate("G1");
        employed.Close(AssistanceOutcome.Employed, Today, "焦作某公司会计", Today);
        var declined = Graduate("G2");
        declined.Close(AssistanceOutcome.Declined, Today, "继续升学", Today);
        var takeUp = GraduateTakeUp.Of([employed, declined, Graduate("G3"), Open("A9")]);
        Assert.Equal(3, takeUp.Records);
        Assert.Equal(1, takeUp.Employed);
        Assert.Equal(1, takeUp.Open);
        Assert.Equal(1, takeUp.ClosedOtherwise);
        Assert.Equal(33.3, takeUp.Percent);
        Assert.Equal(0, GraduateTakeUp.Of([]).Percent);
    }

    [Fact]
    public void Jobs_assistance_zero_employment_household_whose_recognition_lapsed_is_not_listed()
    {
        var lapsed = new MemberFacts("P1", [("H1", new FactPeriod(new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31)))], []);
        Assert.Empty(ZeroEmploymentHouseholds.Standing([(Open(), lapsed)], minEmployed: 1, Today));
    }
}
