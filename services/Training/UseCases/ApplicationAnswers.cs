using Employment.Common.V1;
using Employment.Persistence.Payments;
using Employment.Persistence.Records;
using Employment.Persistence.Reviews;
using Employment.Policy.Explanations;
using Employment.Training.Data;
using Employment.Training.Domain.SkillUpgrade;
using V1 = Employment.Training.V1;
using Employment.Persistence.Work;

namespace Employment.Training.UseCases;

/// <summary>A stored application, or a preview, as the contract's <see cref="V1.TrainingApplication"/>: the person by registry id and masked number only.</summary>
public static class ApplicationAnswers
{
    /// <param name="explained">False for a list that shows no checks: the stored explanation is not read.</param>
    public static V1.TrainingApplication Of(TrainingApplicationRecord record, bool explained = true)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new V1.TrainingApplication
        {
            ApplicationId = record.Id,
            Person = new PersonKey { PersonId = record.PersonId },
            IdNumberMasked = record.IdNumberMasked,
            NameMasked = record.NameMasked,
            Kind = (V1.SubsidyKind)record.Kind,
            Status = (V1.ApplicationStatus)record.Status,
            Certificate = new Certificate
            {
                CertificateNumber = record.CertificateNumber,
                OccupationCode = record.OccupationCode,
                OccupationName = record.OccupationName,
                Level = CertificateInput.ToProto((CertificateLevel)record.Level),
                IssueDate = ProtoMapping.ToProto(record.IssueDate),
                IssuingBody = record.IssuingBody,
            },
            Course = record.CourseEnd is { } end
                ? CourseInput.ToProto(new Domain.VocationalTraining.TrainingCourse(record.CourseId, record.CourseInstitutionName, record.CourseInstitutionCreditCode,
                    record.OccupationCode, (CertificateLevel)record.Level, record.CourseStart ?? end, end, record.CourseHours))
                : null,
            Apprenticeship = record.TrainingYearStart is { } yearStart
                ? ApprenticeshipInput.ToProto(new Domain.Apprenticeship.ApprenticeTrainingYear(record.EnterpriseCreditCode, record.EnterpriseName,
                    record.OccupationCode, (CertificateLevel)record.Level, record.TrainingYear, yearStart, record.TrainingYearEnd ?? yearStart))
                : null,
            Amount = new Money { Fen = record.AmountFen },
            Explanation = explained ? Explanation.Parser.ParseFrom(record.Explanation) : null,
            DecisionReasonZh = record.DecisionReasonZh,
            Region = new RegionCode { Code = record.Region },
            Record = record.ToRecordInfo(),
            HandledBy = WorkHandOver.HandlerOf(record),
            BatchId = record.BatchId ?? "",
            PaidOn = record.PaidOn is { } paid ? ProtoMapping.ToProto(paid) : null,
            PaymentReference = record.PaymentReference,
            Review = DecisionReviews.Answer(record, [record.DecidedBy]),
            PaymentFailure = PaymentFailures.FailureOf(record),
            Channel = (Channel)record.Channel,
            Materials = { record.Stored },
        };
    }
}
