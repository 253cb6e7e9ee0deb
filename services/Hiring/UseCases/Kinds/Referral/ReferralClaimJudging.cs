using Employment.ProfileCache;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.Referral;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>One placement judged: the job seeker, the contract, the hiring employer, what it holds (R26) and the decision.</summary>
public sealed record JudgedReferral(int Index, RegistryPerson Person, HireContract Contract, DateOnly? ContractEnd, string EmployerCreditCode, string PlacementKey, V1.ReferralItem Given, ReferralJudgement Judgement);

public sealed record JudgedReferralClaim(Claimant Claimant, bool Licensed, string Evidence, IReadOnlyList<JudgedReferral> Items)
{
    public long TotalFen => Items.Sum(i => i.Judgement.AmountFen);
}

/// <summary>
/// Judges an agency's 职业介绍补贴 claim (豫政办〔2022〕14号 四、; R26, R27): the agency from the registry (its
/// registered region selects the configured amount; the counter must cover it), its licence as the registry
/// records it on each placement's contract start (else as the clerk states it with the licence seen), and each placement — the job seeker (identity number, check
/// character first), the hiring employer's credit code, the contract — with any standing claim that holds
/// the same placement. Stores nothing.
/// </summary>
public sealed class ReferralClaimJudging(HiringDbContext db, RegistryLookup registry, ReferralSubsidyJudge judge, ChinaClock clock) : IClaimJudging<JudgedReferralClaim>
{
    /// <exception cref="DomainRuleException">Bad input (INVALID_ARGUMENT naming referrals[i].… or referral_agency.…), an unknown agency or person (NOT_FOUND), an unconfigured amount (FAILED_PRECONDITION naming key, region and date, R3).</exception>
    public async Task<JudgedReferralClaim> JudgeAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Referrals.Count == 0)
        {
            throw DomainRuleException.Invalid("referrals", "请列出申请职业介绍补贴的介绍就业人员（referrals）。");
        }

        var licensed = request.ReferralAgency?.Licensed == true;
        var evidence = request.ReferralAgency?.EvidenceReference.Trim() ?? "";
        var agency = await registry.EmployerAsync(caller, request.Employer, cancellationToken);
        // The registry's 人力资源服务许可 decides when it records any (on each placement's date); else the clerk's statement.
        var recordsLicence = AgencyAndIncubatorFacts.LicensedOn(agency, clock.Today) is not null;
        if (!recordsLicence && licensed && evidence.Length == 0)
        {
            throw DomainRuleException.Invalid("referral_agency.evidence_reference", "请填写所见的人力资源服务许可证编号（referral_agency.evidence_reference）。");
        }

        var allLicensed = true;
        var today = clock.Today;
        var items = new List<JudgedReferral>(request.Referrals.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Referrals.Count; i++)
        {
            var given = request.Referrals[i];
            var field = $"referrals[{i}]";
            if (!UnifiedSocialCreditCode.TryParse(given.EmployerCreditCode, out var employer, out var error))
            {
                throw DomainRuleException.Invalid($"{field}.employer_credit_code", $"第 {i + 1} 项：录用单位统一社会信用代码无效：{error.MessageZh}");
            }

            var (contract, end) = HireInput.Contract(given.ContractStart, given.ContractEnd, given.OpenEnded, field, i);
            var person = await registry.PersonAsync(caller, employer.Value, given.PersonId, given.PersonIdNumber, field, today, cancellationToken);
            var key = OncePerPlacement.Referral(person.PersonId, employer.Value, contract.Start);
            if (!seen.Add(key))
            {
                throw DomainRuleException.Invalid($"{field}.person_id_number", $"第 {i + 1} 项：同一次介绍就业在本次申请中重复列出（{person.IdNumberMasked}）。");
            }

            var earlier = await db.ClaimHoldingAsync(key, cancellationToken);
            var (licensedThen, reference) = AgencyAndIncubatorFacts.LicensedOn(agency, contract.Start) ?? (licensed, evidence);
            allLicensed &= licensedThen;
            evidence = recordsLicence ? reference : evidence;
            var judgement = judge.Judge(new ReferralClaim(agency.CreditCode, agency.Name, agency.Region, licensedThen, given.FreeOfCharge, person.Profile, contract, employer.Value, earlier is null ? [] : [earlier]));
            var echo = given.Clone();
            echo.PersonIdNumber = person.IdNumberMasked;
            items.Add(new JudgedReferral(i, person, contract, end, employer.Value, key, echo, judgement));
        }

        return new JudgedReferralClaim(agency, recordsLicence ? allLicensed : licensed, evidence, items);
    }
}
