using Employment.Persistence.Submissions;
using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Security;
using Employment.Training.Data;
using Employment.Training.Domain.Applications;
using Google.Protobuf;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// A training kind's application as the shared submission takes it (<see cref="SubsidyKind{TRequest, TJudged, TRecord, TAnswer}"/>):
/// judged in its decision region (R27, checked by <see cref="ApplicationKinds"/>) and, when every rule holds,
/// stored in the transaction of its answer; a certificate or year subsidised before — also by a racing
/// submission — is ALREADY_EXISTS naming the first application.
/// </summary>
/// <typeparam name="TJudged">The kind's judgement with what it was made from.</typeparam>
public abstract class ApplicationKind<TJudged>(ApplicationStore store, IApplicationJudging<TJudged> judging)
    : SubsidyKind<V1.SubmitApplicationRequest, TJudged, TrainingApplicationRecord, V1.TrainingApplication>(store), IApplicationKind
    where TJudged : class
{
    protected ApplicationStore Store => store;

    /// <summary>The certificate's issue date, unless the kind judges by another.</summary>
    public virtual DateOnly EventDate(TrainingApplicationRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.IssueDate;
    }

    protected override Task<TJudged> JudgeAsync(V1.SubmitApplicationRequest request, Caller clerk, CancellationToken cancellationToken) =>
        judging.JudgeAsync(request, ApplicationKinds.DecisionRegion(request, clerk), clerk, cancellationToken);

    /// <summary>坚持申请: refused now by the clerk who took it, holding no certificate or year (the store tells the applicant).</summary>
    protected override Task RefuseAsTakenAsync(TrainingApplicationRecord record, Caller clerk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(clerk);
        record.Status = (int)ApplicationStatus.Rejected;
        record.DecisionReasonZh = SubsidyKindInsistence.ReasonZh;
        record.DecidedAt = now;
        record.DecidedBy = clerk.Subject;
        record.CertificateKey = RefusedKeys.Of(record.Id, record.CertificateKey);
        return Task.CompletedTask;
    }

    /// <summary>The columns every kind's application fills: who, where, how much and why, the account, submitted now by the clerk.</summary>
    protected TrainingApplicationRecord NewRecord(
        string id, V1.SubsidyKind kind, RegistryPerson applicant, Region region, long amountFen, Explanation explanation,
        V1.SubmitApplicationRequest request, Caller clerk, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(clerk);
        var record = new TrainingApplicationRecord
        {
            Id = id,
            Kind = (int)kind,
            Status = (int)ApplicationStatus.Submitted,
            PersonId = applicant.PersonId,
            IdNumberMasked = applicant.IdNumberMasked,
            NameMasked = applicant.NameMasked,
            Region = region.Code,
            CertificateNumber = "",
            CertificateKey = "",
            OccupationCode = "",
            AmountFen = amountFen,
            Explanation = explanation.ToByteArray(),
            PaymentAccount = CertificateInput.PaymentAccount(request),
            Channel = (int)OnlineTaking.ChannelOf(clerk),
            EmployerId = clerk.Role == CallerRole.Employer ? clerk.EmployerId ?? "" : "",
            Received = store.MaterialsOf(request, region, clerk),
        };
        record.StampCreated(clerk.Subject, now);
        return record;
    }

    /// <summary>What every kind's preview answers: status PREVIEW, no id, nothing stored; the kind adds what was judged.</summary>
    protected static V1.TrainingApplication PreviewHeader(V1.SubsidyKind kind, RegistryPerson applicant, Region region, long amountFen, Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        return new V1.TrainingApplication
        {
            Person = new PersonKey { PersonId = applicant.PersonId },
            IdNumberMasked = applicant.IdNumberMasked,
            Kind = kind,
            Status = V1.ApplicationStatus.Preview,
            Amount = new Money { Fen = amountFen },
            Explanation = explanation,
            Region = new RegionCode { Code = region.Code },
        };
    }
}
