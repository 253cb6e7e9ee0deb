using Employment.Jobs.Data.Online;
using Employment.Jobs.Domain.Online;
using Employment.Policy.Explanations;
using Google.Protobuf.WellKnownTypes;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Online;

/// <summary>Applications written as the contract's messages: as the seeker follows them, and as the employer's inbox lists them.</summary>
public static class ApplicationAnswers
{
    public static V1.JobApplication ForSeeker(JobApplicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var status = (JobApplicationStatus)record.Status;
        return new V1.JobApplication
        {
            ApplicationId = record.Id,
            PostingId = record.PostingId,
            PostingTitle = record.PostingTitle,
            EmployerName = record.EmployerName,
            Status = (V1.JobApplicationStatus)record.Status,
            StatusZh = JobApplicationSteps.Zh(status),
            EmployerNoteZh = record.EmployerNote,
            SubmittedAt = Timestamp.FromDateTimeOffset(record.CreatedAt),
            ChangedAt = Timestamp.FromDateTimeOffset(record.UpdatedAt),
            Withdrawable = JobApplicationSteps.Withdrawable(status),
            Hire = HireOf(record),
        };
    }

    // The hire recorded, if any.
    private static V1.Hire? HireOf(JobApplicationRecord record) => record.HireContractStart is { } start
        ? new V1.Hire
        {
            ContractStart = ProtoMapping.ToProto(start),
            TermMonths = record.HireTermMonths ?? 0,
            OpenEnded = record.HireOpenEnded,
            RegistryFactId = record.RegistryFactId ?? "",
        }
        : null;

    /// <summary>An applicant as the employer reads them: the resume sent, whole only when <paramref name="whole"/>.</summary>
    public static V1.Applicant ForEmployer(JobApplicationRecord record, bool whole) => Of(record, whole, whole);

    /// <summary>
    /// An applicant as the inbox lists them: the masked summary, named when the seeker lets the employer see the whole
    /// (which opening the applicant shows, and records).
    /// </summary>
    public static V1.Applicant Listed(JobApplicationRecord record, bool whole) => Of(record, whole, false);

    private static V1.Applicant Of(JobApplicationRecord record, bool whole, bool shown)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sent = ResumeAnswers.FromSnapshot(record.ResumeJson);
        var resume = shown ? sent : ResumeAnswers.Masked(sent);
        if (whole)
        {
            resume.Name = sent.Name;
        }

        return new V1.Applicant
        {
            ApplicationId = record.Id,
            PostingId = record.PostingId,
            Status = (V1.JobApplicationStatus)record.Status,
            StatusZh = JobApplicationSteps.Zh((JobApplicationStatus)record.Status),
            SubmittedAt = Timestamp.FromDateTimeOffset(record.CreatedAt),
            ResumeVisible = whole,
            Resume = resume,
            Phone = shown ? record.Phone : "",
            EmployerNoteZh = record.EmployerNote,
            Hire = HireOf(record),
        };
    }
}
