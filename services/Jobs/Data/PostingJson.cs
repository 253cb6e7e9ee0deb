using System.Text.Json;
using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Domain.Screening;

namespace Employment.Jobs.Data;

/// <summary>A posting written into its record and read back.</summary>
internal static class PostingJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static void CopyFrom(this JobPostingRecord record, Posting posting)
    {
        var content = posting.Content;
        record.Id = posting.Id;
        record.EmployerCreditCode = content.Employer.CreditCode.ToUpperInvariant();
        record.EmployerName = content.Employer.Name;
        record.Title = content.Title;
        record.CountyCode = content.WorkPlace.CountyCode;
        record.Kind = (int)content.Kind;
        record.Status = (int)posting.StoredStatus;
        record.PostedOn = posting.PostedOn;
        record.ValidUntil = content.ValidUntil;
        record.DuplicateKey = posting.DuplicateKey;
        record.OpenDuplicateKey = posting.StoredStatus == PostingStatus.Open ? posting.DuplicateKey : null;
        record.Content = JsonSerializer.Serialize(content, Options);
        record.ScreeningOverride = posting.Override is null ? "" : JsonSerializer.Serialize(posting.Override, Options);
        record.FreeFilingRule = posting.FreeFilingRule;
        record.Filings = posting.Filings;
        record.WithdrawalReason = posting.WithdrawalReason;
    }

    public static Posting ToPosting(this JobPostingRecord record) =>
        Posting.Restore(
            record.Id,
            JsonSerializer.Deserialize<PostingContent>(record.Content, Options) ?? throw new InvalidOperationException($"Posting {record.Id} has no content."),
            (PostingStatus)record.Status,
            record.PostedOn,
            record.ScreeningOverride.Length == 0 ? null : JsonSerializer.Deserialize<ScreeningOverride>(record.ScreeningOverride, Options),
            record.FreeFilingRule,
            record.Filings,
            record.WithdrawalReason);

    public static ScreeningOverrideRecord AuditOf(Posting posting)
    {
        var screeningOverride = posting.Override ?? throw new InvalidOperationException("No override to audit.");
        return new ScreeningOverrideRecord
        {
            PostingId = posting.Id,
            Findings = JsonSerializer.Serialize(screeningOverride.Findings, Options),
            LegalReason = screeningOverride.LegalReason,
            DecidedBy = screeningOverride.DecidedBy,
            DecidedAt = screeningOverride.DecidedAt,
        };
    }

    public static IReadOnlyList<ScreeningFinding> FindingsOf(ScreeningOverrideRecord audit) =>
        JsonSerializer.Deserialize<List<ScreeningFinding>>(audit.Findings, Options) ?? [];
}
