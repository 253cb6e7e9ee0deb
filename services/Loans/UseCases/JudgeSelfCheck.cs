using System.Globalization;
using Employment.Common.V1;
using Employment.Persistence.Lifecycle;
using Employment.Policy;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Regions;
using Google.Protobuf;
using Grpc.Core;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// The loan's 自助测算 asked by its form's paths (<c>SubsidyCases.CheckSelf</c>): the same <see cref="SelfCheckLoan"/>
/// the typed <c>CheckLoan</c> runs, each product in force a part with its caps, share, term and counter-guarantee, the
/// borrower's 人员类别 judged once for all of them. Where no product of the kind is in force there and then, the answer
/// says so by the place, the borrower and the day, with the documents' reasons.
/// </summary>
internal sealed class JudgeSelfCheck(SelfCheckLoan check) : ISelfCheckJudge
{
    private const string NoticeZh = "测算结果仅供参考，以经办银行审查和人社部门审核为准。";

    public SelfCheckOutcome Judge(SelfCheckForm form, IMessage request)
    {
        ArgumentNullException.ThrowIfNull(form);
        var asked = (V1.LoanSelfCheckRequest)request;
        V1.LoanSelfCheck loan;
        try
        {
            loan = check.Check(asked);
        }
        catch (NoPolicyException)
        {
            throw new StatusDetails(StatusCode.FailedPrecondition, NoProductZh(form, asked) + "请到该地的人社服务窗口（见“服务网点”）或当地经办银行咨询。").ToException();
        }

        var outcome = SelfCheckOutcomes.Of(form.NameZh, loan.Eligible, null, loan.Offers.Select(Part), [], NoticeZh);
        outcome.Explanation = loan.Explanation;
        outcome.VerdictZh = loan.Offers.Count == 0 ? NoProductZh(form, asked)
            : loan.Eligible ? "有符合条件的贷款产品"
            : outcome.Undetermined ? SelfCheckOutcomes.UndecidedZh
            : "没有符合条件的贷款产品";
        if (loan.Offers.Count > 0)
        {
            outcome.NotesZh.Add($"还可享受贴息贷款 {loan.RemainingSubsidisedLoans} 次。");
        }

        return outcome;
    }

    /// <summary>"按2024-03-01（拟放款日期）有效的政策，济源示范区没有面向“个人创业”的创业担保贷款产品可以测算。"</summary>
    private static string NoProductZh(SelfCheckForm form, V1.LoanSelfCheckRequest asked)
    {
        var place = Places.Find(asked.Region?.Code ?? "")?.NameZh ?? "所选地区";
        var kind = V1.LoanSelfCheckRequest.Descriptor.FindFieldByNumber(V1.LoanSelfCheckRequest.BorrowerKindFieldNumber).EnumType.FindValueByNumber((int)asked.BorrowerKind);
        var borrower = form.Choices.GetValueOrDefault($"{nameof(V1.BorrowerKind)}.{kind?.Name}", "");
        var day = asked.IntendedIssueDate is { Year: > 0 } d ? $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}（拟放款日期）" : "今天";
        return $"按{day}有效的政策，{place}没有面向“{borrower}”的创业担保贷款产品可以测算。";
    }

    private static SelfCheckPart Part(V1.ProductOffer offer)
    {
        var part = SelfCheckOutcomes.Part(offer.NameZh, offer.Eligible, null, offer.Explanation);
        part.Id = offer.ProductId;
        part.Terms.Add(new SelfCheckTerm { Key = "total_cap", LabelZh = "贷款额度上限", Amount = offer.TotalCap });
        part.Terms.Add(new SelfCheckTerm { Key = "subsidised_cap", LabelZh = "其中贴息额度上限", Amount = offer.SubsidisedCap });
        part.Terms.Add(new SelfCheckTerm { Key = "share", LabelZh = "财政贴息比例", ValueZh = Percent(offer.SubsidyShare) });
        if (offer.MaxTermMonths > 0)
        {
            part.Terms.Add(new SelfCheckTerm { Key = "term", LabelZh = "最长期限", ValueZh = $"{offer.MaxTermMonths} 个月" });
        }

        part.Terms.Add(new SelfCheckTerm { Key = "counter_guarantee", LabelZh = "反担保", ValueZh = offer.CounterGuaranteeRequired ? "需要" : "免除反担保" });
        if (offer.CounterGuaranteeRequired)
        {
            part.Terms.Add(new SelfCheckTerm { Key = "guarantor_capacity", LabelZh = "反担保人可担保额度合计", Amount = offer.GuarantorCapacity });
        }

        return part;
    }

    /// <summary>A share of the contract rate (parts per million) as a person reads it: 50%.</summary>
    private static string Percent(Ratio? ratio) =>
        ratio is null ? "—" : (ratio.Ppm / 10_000m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
