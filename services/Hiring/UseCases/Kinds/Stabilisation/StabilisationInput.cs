using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.Stabilisation;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The facts a 稳岗返还 claim is judged on (R13, R16, R17): the registry's employer facts of the refund
/// year where it records them, the clerk's stated facts (with the document seen) where it does not. A
/// stated value that contradicts the registry is INVALID_ARGUMENT naming the field; a fact neither
/// gives is FAILED_PRECONDITION naming it. Returns the claim and the facts as read, for the answer.
/// </summary>
public static class StabilisationInput
{
    private const string Field = "stabilisation";

    public static (StabilisationClaim Claim, V1.StabilisationFacts Read) Claim(Claimant claimant, V1.SubmitClaimRequest request, DateOnly submittedOn)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        ArgumentNullException.ThrowIfNull(request);
        var refundYear = submittedOn.Year - 1;
        if (request.RefundYear >= submittedOn.Year)
        {
            // R31: a claim cannot be received before the year it claims for has ended.
            throw DomainRuleException.Invalid(ClaimReceipt.DateField,
                $"受理日期（{submittedOn:yyyy-MM-dd}）在所申请的{request.RefundYear}年度结束之前：稳岗返还在返还年度结束后申请，请核对受理日期（received_on）或返还年度（裁定 R15、R31）。");
        }

        if (request.RefundYear != 0 && request.RefundYear != refundYear)
        {
            throw DomainRuleException.Invalid("refund_year",
                $"受理日期为 {submittedOn:yyyy-MM-dd} 的稳岗返还返还上一年度（{refundYear}年）的缴费，不能申请{request.RefundYear}年度；补录早先收到的申请，请填写其受理日期（received_on）和受理回执编号（裁定 R15、R31）。");
        }

        var stated = request.Stabilisation ?? new V1.StabilisationFacts();
        var statesAny = stated.OrganisationType != V1.OrganisationType.Unspecified || stated.LastYearContributions is not null
            || stated.HasInsuredStaffAtYearStart || stated.HasLayoffs || stated.HasFullContributionMonths;
        if (statesAny && string.IsNullOrWhiteSpace(stated.EvidenceReference))
        {
            throw DomainRuleException.Invalid($"{Field}.evidence_reference", "经办人填写的稳岗返还情况须注明所见材料（evidence_reference，如社保缴费明细、登记证书编号）。");
        }

        var facts = claimant.Facts.Where(f => !f.Superseded).ToList();
        var paid = facts.Where(f => f.UnemploymentInsurance is not null).Select(f => f.UnemploymentInsurance).ToList();
        var layoffFact = facts.Where(f => f.Layoffs is { } l && l.Year == refundYear).Select(f => f.Layoffs).LastOrDefault();
        var headcount = facts.Where(f => f.Headcount is { Month: { } m } && m.Year == refundYear && m.Month == 1).Select(f => f.Headcount).LastOrDefault();

        var refundYearPaid = paid.LastOrDefault(p => p.Year == refundYear);
        var contributions = Pick("last_year_contributions", refundYearPaid is null ? null : (refundYearPaid.EmployerPart?.Fen ?? 0) + (refundYearPaid.StaffPart?.Fen ?? 0),
            stated.LastYearContributions?.Fen, $"{refundYear}年度实际缴纳失业保险费");
        var staff = Pick("insured_staff_at_year_start", layoffFact?.InsuredStaffAtStart ?? headcount?.InsuredStaff,
            stated.HasInsuredStaffAtYearStart ? stated.InsuredStaffAtYearStart : null, $"{refundYear}年初参保职工人数");
        var layoffs = Pick("layoffs", layoffFact?.LaidOff, stated.HasLayoffs ? stated.Layoffs : null, $"{refundYear}年度裁员人数");

        // R16: cumulative full months up to the claim date; the registry's yearly facts summed (one per year, the latest).
        var registryMonths = paid.Count == 0 ? (long?)null
            : paid.Where(p => p.Year <= submittedOn.Year).GroupBy(p => p.Year).Sum(g => (long)g.Last().FullMonths);
        var months = Pick("full_contribution_months", registryMonths, stated.HasFullContributionMonths ? stated.FullContributionMonths : null, "截至申请日足额缴纳失业保险费月数");

        var (type, insuredAsUnit, typeSource) = Type(claimant, request, stated, submittedOn);
        var claim = new StabilisationClaim(claimant.CreditCode, claimant.Name, claimant.Region, type, EmployerFacts.SizeOn(claimant, submittedOn),
            insuredAsUnit, submittedOn, contributions, Narrow("insured_staff_at_year_start", staff), Narrow("layoffs", layoffs), Narrow("full_contribution_months", months))
        {
            TypeSource = typeSource,
        };
        var read = new V1.StabilisationFacts
        {
            OrganisationType = Shown(type),
            LastYearContributions = new Money { Fen = contributions },
            InsuredStaffAtYearStart = claim.InsuredStaffAtYearStart,
            Layoffs = claim.LayoffsInRefundYear,
            FullContributionMonths = claim.FullContributionMonths,
            EvidenceReference = stated.EvidenceReference.Trim(),
        };
        return (claim, read);
    }

    /// <summary>
    /// R16, R17: the claimant type. The registry's recorded 单位类型 in force on the submission date decides
    /// (<see cref="EmployerFacts.ClaimantTypeOn"/>; a stated type that differs is INVALID_ARGUMENT naming
    /// <c>stabilisation.organisation_type</c>). Where it records none: the 市场主体类型 — an enterprise; an
    /// individual business insured as a unit (registry, else the clerk's statement); an organisation's
    /// 参照实施 type as the clerk states it.
    /// </summary>
    private static (ClaimantType Type, bool InsuredAsUnit, FactSource Source) Type(Claimant claimant, V1.SubmitClaimRequest request, V1.StabilisationFacts stated, DateOnly submittedOn)
    {
        var statedType = Stated(stated.OrganisationType);
        if (EmployerFacts.ClaimantTypeOn(claimant, submittedOn) is var (recorded, source))
        {
            if (statedType is { } s && s != recorded)
            {
                throw DomainRuleException.Invalid($"{Field}.organisation_type",
                    $"登记系统已记录单位类型（{source.Reference}），与填写的机构类型 {stated.OrganisationType} 不一致；以登记记录为准，请核对或更正登记记录（裁定 R17）。");
            }

            // The 单位类型 以单位形式参保的个体工商户 is itself the record of insurance as a unit.
            return (recorded, recorded == ClaimantType.IndividualBusiness, source);
        }

        if (claimant.Kind != EntityKind.Organisation && statedType is not null)
        {
            throw DomainRuleException.Invalid($"{Field}.organisation_type", "只有登记为社会组织等机构的单位填写机构类型（organisation_type）。");
        }

        switch (claimant.Kind)
        {
            case EntityKind.Enterprise:
                return (ClaimantType.Enterprise, false, FactSource.Registry("市场主体类型：企业"));
            case EntityKind.IndividualBusiness:
                // Insured as a unit when the refund is asked for: the registry's fact on that day, else the clerk's statement.
                var employer = HireClaimJudging.Employer(claimant, request.IndividualBusiness, submittedOn);
                return (ClaimantType.IndividualBusiness, employer.InsuredAsUnit, FactSource.Registry("市场主体类型：个体工商户"));
            case EntityKind.Organisation:
                return (statedType ?? throw DomainRuleException.Invalid($"{Field}.organisation_type", "登记系统未记录该机构的类型：请选择社会团体、基金会、社会服务机构、律师事务所、会计师事务所或其他（裁定 R17）。"),
                    false, FactSource.Stated(stated.EvidenceReference.Trim()));
            default:
                return (ClaimantType.Other, false, FactSource.Registry($"市场主体类型：{claimant.Kind}"));
        }
    }

    internal static ClaimantType? Stated(V1.OrganisationType stated) => stated switch
    {
        V1.OrganisationType.SocialGroup => ClaimantType.SocialGroup,
        V1.OrganisationType.Foundation => ClaimantType.Foundation,
        V1.OrganisationType.SocialServiceOrganisation => ClaimantType.SocialServiceOrganisation,
        V1.OrganisationType.LawFirm => ClaimantType.LawFirm,
        V1.OrganisationType.AccountingFirm => ClaimantType.AccountingFirm,
        V1.OrganisationType.Other => ClaimantType.Other,
        _ => null,
    };

    /// <summary>The type as the answer shows it: a 参照实施 type by name; an enterprise or individual business has none.</summary>
    private static V1.OrganisationType Shown(ClaimantType type) => type switch
    {
        ClaimantType.SocialGroup => V1.OrganisationType.SocialGroup,
        ClaimantType.Foundation => V1.OrganisationType.Foundation,
        ClaimantType.SocialServiceOrganisation => V1.OrganisationType.SocialServiceOrganisation,
        ClaimantType.LawFirm => V1.OrganisationType.LawFirm,
        ClaimantType.AccountingFirm => V1.OrganisationType.AccountingFirm,
        ClaimantType.Other => V1.OrganisationType.Other,
        _ => V1.OrganisationType.Unspecified,
    };

    private static long Pick(string name, long? registry, long? stated, string what)
    {
        if (registry is { } recorded)
        {
            if (stated is { } s && s != recorded)
            {
                throw DomainRuleException.Invalid($"{Field}.{name}", $"登记系统已记录{what}为 {recorded}，与填写的 {s} 不一致；以登记记录为准，请核对或更正登记记录。");
            }

            return recorded;
        }

        return stated ?? throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
            $"登记系统没有{what}的记录，请经办人依所见材料填写（{Field}.{name}，裁定 R13、R16）。 (field: {Field}.{name})",
            $"{Field}.{name}");
    }

    private static int Narrow(string name, long value) =>
        value is < int.MinValue or > int.MaxValue
            ? throw DomainRuleException.Invalid($"{Field}.{name}", $"{name} 超出可受理范围（收到 {value}）。")
            : (int)value;
}
