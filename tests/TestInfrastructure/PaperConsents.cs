using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.ServiceDefaults.Time;

namespace Employment.TestInfrastructure;

/// <summary>
/// 查询授权 for tests whose subject is not the consent: the borrower's signed paper consent to a bank's queries for
/// 30 days, recorded by a counter of the loan's region, as a bank's query must name one.
/// </summary>
public static class PaperConsents
{
    public static async Task<QueryConsent> RecordAsync(StartupLoans.StartupLoansClient loans, Borrower borrower, string bankCode, string region, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(loans);
        var until = today.AddDays(30);
        return await loans.RecordPaperConsentAsync(new RecordPaperConsentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = borrower,
            BankCode = bankCode,
            ValidUntil = new CalendarDate { Year = until.Year, Month = until.Month, Day = until.Day },
            PaperReference = "SQ-" + Guid.NewGuid().ToString("N")[..8],
            Region = new RegionCode { Code = region },
        }, TestCallers.Counter(region));
    }

    /// <summary>Today in China by the real clock (what a service on the system clock reads).</summary>
    public static DateOnly TodayInChina => ChinaClock.DateOf(DateTimeOffset.UtcNow);
}
