using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Lifecycle;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Declines;

/// <summary>不予受理 (table "declined_requests"): what a counter was asked that is not its office's, answered in writing.</summary>
public sealed class DeclinedRequestRecord
{
    /// <summary>"X" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    /// <summary>The office's region (the clerk's).</summary>
    public required string Region { get; set; }

    /// <summary>Whom it is to, masked as the notice prints it, and how it speaks to them.</summary>
    public required string AddresseeZh { get; set; }

    public required string YouZh { get; set; }

    public required string AskedZh { get; set; }

    public required string ReasonZh { get; set; }

    public required string ReferToZh { get; set; }

    public required string Clerk { get; set; }

    public DateTimeOffset At { get; set; }
}

public static class DeclinedRequestModel
{
    public const string IdPrefix = "X";

    public static ModelBuilder AddDeclinedRequestTable(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<DeclinedRequestRecord>(e =>
        {
            e.ToTable("declined_requests");
            e.HasKey(d => d.Id);
            e.HasIndex(d => new { d.Region, d.At });
        });
        return modelBuilder;
    }
}

/// <summary>
/// 不予受理 at a counter, in every subsidy service: the asker by a checked 公民身份号码 or 统一社会信用代码 and the name they
/// gave (the notice prints both masked), what they asked, why it is not the office's and where to go, kept once per key
/// with the clerk and the office; the notice names the remedy against it (R32) as a refusal's letter does.
/// </summary>
public sealed class DeclinedRequests(DbContext db, ChinaClock clock, RemedySentences remedies)
{
    public Task<NotAcceptedNotice> DeclineAsync(DeclineToTakeRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        if (clerk.Role != CallerRole.Counter || clerk.RegionCode is not { Length: > 0 } region)
        {
            throw RpcErrors.Denied("不予受理通知书由人社窗口出具。 (a counter of an office)");
        }

        var name = PlainText.Check(request.ApplicantName, "applicant_name", 100, "申请人姓名或单位名称").Trim();
        var addressee = Addressee(request, name, clock.Today);
        var asked = PlainText.Check(request.AskedZh, "asked_zh", 100, "申请事项").Trim();
        var reason = PlainText.Check(request.ReasonZh, "reason_zh", 300, "不予受理的理由").Trim();
        var referTo = PlainText.Check(request.ReferToZh, "refer_to_zh", 200, "应当向哪里申请").Trim();
        return IdempotentWrite.RunAsync(db, clock.Now, "DeclineToTake", clerk, request.IdempotencyKey, request, NotAcceptedNotice.Parser, () =>
        {
            var row = new DeclinedRequestRecord
            {
                Id = RecordIds.New(DeclinedRequestModel.IdPrefix),
                Region = region,
                AddresseeZh = addressee.Text,
                YouZh = addressee.You,
                AskedZh = asked,
                ReasonZh = reason,
                ReferToZh = referTo,
                Clerk = clerk.Subject,
                At = clock.Now,
            };
            db.Set<DeclinedRequestRecord>().Add(row);
            return Task.FromResult(Notice(row));
        }, cancellationToken);
    }

    private NotAcceptedNotice Notice(DeclinedRequestRecord row)
    {
        var remedy = remedies.For(Policy.Model.Region.Parse(row.Region), ChinaClock.DateOf(row.At));
        var notice = new NotAcceptedNotice
        {
            NoticeId = row.Id,
            TitleZh = "不予受理通知书",
            AddresseeZh = row.AddresseeZh,
            YouZh = row.YouZh,
            AskedZh = row.AskedZh,
            ReasonZh = row.ReasonZh,
            ReferToZh = row.ReferToZh,
            OfficeZh = $"{Places.ProperNameOf(row.Region)}人力资源和社会保障部门",
            Clerk = row.Clerk,
            At = Timestamp.FromDateTimeOffset(row.At),
            RemedyZh = remedy.SentenceZh,
        };
        notice.RemedyBasis.AddRange(remedy.Basis);
        return notice;
    }

    /// <summary>A person by a checked identity number, or a unit by a checked credit code; exactly one of the two.</summary>
    private static (string Text, string You) Addressee(DeclineToTakeRequest request, string name, DateOnly today)
    {
        var idNumber = request.ApplicantIdNumber.Trim();
        var creditCode = request.ApplicantCreditCode.Trim();
        if ((idNumber.Length > 0) == (creditCode.Length > 0))
        {
            throw DomainRuleException.Invalid("applicant_id_number", "请填写申请人的公民身份号码，或申请单位的统一社会信用代码（二者填一项）。");
        }

        if (idNumber.Length > 0)
        {
            return ResidentIdNumber.TryParse(idNumber, today, out var id, out var error)
                ? ($"{(name.Length > 0 ? NameMasking.Mask(name) : "申请人")}（公民身份号码 {IdMasking.IdNumber(id.Value)}）", "你")
                : throw DomainRuleException.Invalid("applicant_id_number", $"公民身份号码无效：{error.MessageZh}");
        }

        var code = StoredFields.CreditCode(creditCode, "applicant_credit_code", "申请单位");
        return ($"{(name.Length > 0 ? name : "申请单位")}（统一社会信用代码 {IdMasking.CreditCode(code)}）", "你单位");
    }
}
