using Employment.IdentityNumbers;
using Employment.Jobs.Data;
using Employment.Jobs.Data.KeyEnterprises;
using Employment.Jobs.Domain.KeyEnterprises;
using Employment.Persistence;
using Employment.Persistence.Idempotency;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.KeyEnterprises;

/// <summary>
/// RecordKeyEnterprise: a registered employer (统一社会信用代码 with its check character, read from the
/// registry through the shared profile finder, whose name is the one kept) put on a county's key-enterprise
/// list with its service officer. One record per employer: a unique index, so a racing second listing fails.
/// </summary>
public sealed class RecordKeyEnterprise(JobsDbContext db, IProfileFinder finder, KeyEnterpriseBasis basis, ChinaClock clock)
{
    public const string IdPrefix = "K";

    public const string Purpose = "jobs.key_enterprise";

    public async Task<V1.KeyEnterprise> RecordAsync(V1.RecordKeyEnterpriseRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        if (!UnifiedSocialCreditCode.TryParse(request.CreditCode, out var code, out var error))
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput,
                $"统一社会信用代码无效（18位，校验位须正确）：{error.MessageZh}（{KeyEnterpriseRuleIds.RegisteredEmployer}）。",
                "credit_code", KeyEnterpriseRuleIds.RegisteredEmployer);
        }

        var creditCode = code.Value;

        var county = RegionCodes.Place(request.County, "county", required: true);
        RegionScope.Of(clerk).RequireCovers("county", county);
        var sector = PlainText.Check(request.Sector, "sector", 50, "领域", required: false);
        var officer = PlainText.Check(request.Officer, "officer", 100, "就业服务专员", required: false);
        var contact = PlainText.Check(request.OfficerContact, "officer_contact", 100, "专员联系方式", required: false);
        var employer = (await finder.FindEmployerAsync(creditCode, Purpose, cancellationToken))?.Profile.Employer
            ?? throw new DomainRuleException(DomainRuleKind.NotFound,
                $"登记系统中没有统一社会信用代码为 {code.Masked} 的用人单位：请先登记（{KeyEnterpriseRuleIds.RegisteredEmployer}）。",
                "credit_code", KeyEnterpriseRuleIds.RegisteredEmployer);
        try
        {
            return await IdempotentWrite.RunAsync(db, clock.Now, "RecordKeyEnterprise", clerk, request.IdempotencyKey, request, V1.KeyEnterprise.Parser, async () =>
            {
                if (await db.Set<KeyEnterpriseRecord>().AnyAsync(r => r.CreditCode == creditCode, cancellationToken))
                {
                    throw AlreadyListed();
                }

                var today = clock.Today;
                var listed = KeyEnterprise.List(RecordIds.New(IdPrefix), employer.EmployerId, creditCode, employer.Name, county, sector, officer, contact, today);
                var record = new KeyEnterpriseRecord();
                record.CopyFrom(listed);
                record.StampCreated(clerk.Subject, clock.Now);
                db.Set<KeyEnterpriseRecord>().Add(record);
                await db.SaveChangesAsync(cancellationToken);
                return KeyEnterpriseAnswers.Counter(listed, record, basis.For(county, today));
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            throw AlreadyListed();
        }
    }

    private static DomainRuleException AlreadyListed() =>
        new(DomainRuleKind.AlreadyExists, $"此用人单位已在重点企业名单中，请在该记录中继续登记（{KeyEnterpriseRuleIds.RegisteredEmployer}）。", "credit_code", KeyEnterpriseRuleIds.RegisteredEmployer);
}
