using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Applicants.Tests.Domain;

/// <summary>The days a fact describes (FactPeriod).</summary>
public sealed class FactPeriodTests
{
    [Fact]
    public void A_period_never_ends_before_it_begins()
    {
        var period = new DatePeriod { From = new CalendarDate { Year = 2024, Month = 5, Day = 2 }, Until = new CalendarDate { Year = 2024, Month = 5, Day = 1 } };
        var error = Assert.Throws<DomainRuleException>(() => FactPeriod.Of(period, "fact.period"));
        Assert.Equal(DomainRuleKind.InvalidInput, error.Kind);
        Assert.Equal("fact.period", error.Field);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_refused_naming_its_end_of_the_period()
    {
        var period = new DatePeriod { Until = new CalendarDate { Year = 2023, Month = 2, Day = 30 } };
        var error = Assert.Throws<DomainRuleException>(() => FactPeriod.Of(period, "fact.period"));
        Assert.Equal("fact.period.until", error.Field);
        Assert.Contains("2023-2-30 不存在", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Either_end_may_be_open_and_an_unset_date_is_none()
    {
        var period = FactPeriod.Of(new DatePeriod { From = new CalendarDate { Year = 2023, Month = 1, Day = 3 }, Until = new CalendarDate() }, "fact.period");
        Assert.Equal(new FactPeriod(new DateOnly(2023, 1, 3), null), period);
        Assert.Equal(new FactPeriod(null, null), FactPeriod.Of(null, "fact.period"));
    }
}
