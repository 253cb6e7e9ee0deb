using Employment.ProfileCache;
using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.StartupSubsidies;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// A founder's one-off start-up subsidy judged: every measure's judgement (R21), the one explanation the
/// item shows, and the event date stored with it (the paying measure's entitlement date, else the
/// earliest one, else the registration date).
/// </summary>
public sealed record JudgedStartupClaim(Claimant Claimant, RegistryPerson Founder, V1.StartupItem Given, StartupSubsidyJudgement Judgement, Explanation Explanation, DateOnly EventDate)
{
    public long AmountFen => Judgement.AmountFen;
}

/// <summary>
/// Builds a <see cref="StartupApplication"/>: the business is the claimant as the registry knows it (its
/// kind, registration date and region, R27), the founder a person the registry knows, 首次创业 from the
/// founder's business-start facts when the registry records one for this business (else as the clerk
/// recorded it), 正常经营 from market regulation's record in the registry (else as the clerk recorded it from that record with its
/// reference), and the founder's
/// standing start-up subsidies in this service (R14). Judged on the date the bureau received it (R31). Stores nothing.
/// </summary>
public sealed class StartupClaimJudging(HiringDbContext db, RegistryLookup registry, StartupSubsidyJudge judge, ChinaClock clock) : IClaimJudging<JudgedStartupClaim>
{
    /// <exception cref="DomainRuleException">Bad input (INVALID_ARGUMENT naming the field), an unknown business or founder (NOT_FOUND), a business the registry records without a registration date or as another kind (FAILED_PRECONDITION).</exception>
    public async Task<JudgedStartupClaim> JudgeAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var item = request.Startup ?? throw DomainRuleException.Invalid("startup", "请填写创业项目（startup）：创业者、首次创业、正常经营及其证明材料。");
        var evidence = item.EvidenceReference.Trim();
        var claimant = await registry.EmployerAsync(caller, request.Employer, cancellationToken);
        var form = BusinessForms.FromRegistry(claimant.Kind);
        var registered = claimant.RegisteredOn ?? throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
            $"登记系统中 {IdMasking.CreditCode(claimant.CreditCode)} 没有成立（登记注册）日期，无法计算正常经营年限（裁定 R23）。 (field: employer.registration_date)",
            field: "employer.registration_date");

        var today = clock.Today;
        var founderId = item.FounderId.Trim();
        if (founderId.Length > 0 && item.FounderIdNumber.Length > 0)
        {
            throw DomainRuleException.Invalid("startup.founder_id", "请只用登记编号（founder_id）或身份证号码（founder_id_number）之一指明创业者。");
        }

        var founder = founderId.Length > 0
            ? await registry.PersonByIdAsync(caller, claimant.CreditCode, founderId, "startup.founder_id", cancellationToken)
            : await registry.PersonAsync(caller, claimant.CreditCode, item.FounderIdNumber, "startup.founder_id_number", today, cancellationToken);
        var prior = await db.StandingStartupSubsidiesAsync(founder.PersonId, cancellationToken);
        // The year of normal operation runs to the day the bureau received the claim (R23, R31); market regulation's
        // record of it, where the registry holds one, decides over the clerk's statement.
        var received = ClaimReceipt.Of(request, today).ReceivedOn;
        var firstRecorded = FounderFacts.FirstBusiness(founder.Profile, claimant.CreditCode);
        var operatedRecorded = OperatingStatusFacts.SinceRegistration(claimant, registered, received);
        // What the registry records needs no paper; what it does not is stated from a document the clerk or applicant names.
        if ((firstRecorded is null || operatedRecorded is null) && evidence.Length == 0)
        {
            throw DomainRuleException.Invalid("startup.evidence_reference",
                $"登记系统没有{(firstRecorded is null ? "首次创业" : "")}{(firstRecorded is null && operatedRecorded is null ? "、" : "")}{(operatedRecorded is null ? "正常经营" : "")}的记录：请填写证明材料（如市场监管登记记录编号）。");
        }

        var (first, firstSource) = firstRecorded ?? (item.FirstBusiness, FactSource.Stated(evidence));
        var (operated, operatedSource) = operatedRecorded ?? (item.OperatedNormally, FactSource.Stated(evidence));
        var business = new StartupBusiness(form, registered, claimant.Region, first, operated, firstSource) { OperatedNormallySource = operatedSource };
        var judgement = judge.Judge(new StartupApplication(founder.Profile, business, prior, ClaimedOn: received));
        var paying = judgement.Measures.Where(m => m.Passed).OrderByDescending(m => m.AmountFen).FirstOrDefault();
        var eventDate = paying?.EntitledOn ?? judgement.Measures.Select(m => m.EntitledOn).Where(d => d is not null).Min() ?? registered;
        var given = new V1.StartupItem
        {
            FounderIdNumber = founder.IdNumberMasked,
            FirstBusiness = first,
            OperatedNormally = operated,
            EvidenceReference = evidence,
        };
        return new JudgedStartupClaim(claimant, founder, given, judgement, StartupExplanation.Of(judgement, eventDate), eventDate);
    }
}
