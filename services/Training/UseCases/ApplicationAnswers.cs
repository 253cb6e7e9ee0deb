using Employment.Common.V1;
using Employment.Persistence.Records;
using Employment.Policy.Explanations;
using Employment.Training.Data;
using Employment.Training.Domain.SkillUpgrade;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>A stored application, or a preview, as the contract's <see cref="V1.TrainingApplication"/>: the person by registry id and masked number only.</summary>
public static class ApplicationAnswers
{
    public static V1.TrainingApplication Of(TrainingApplicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new V1.TrainingApplication
        {
            ApplicationId = record.Id,
            Person = new PersonKey { PersonId = record.PersonId },
            IdNumberMasked = record.IdNumberMasked,
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
            Explanation = Explanation.Parser.ParseFrom(record.Explanation),
            DecisionReasonZh = record.DecisionReasonZh,
            Region = new RegionCode { Code = record.Region },
            Record = record.ToRecordInfo(),
            BatchId = record.BatchId ?? "",
            PaidOn = record.PaidOn is { } paid ? ProtoMapping.ToProto(paid) : null,
            PaymentReference = record.PaymentReference,
        };
    }

    /// <summary>
    /// The first answer of a submission with its 查询码 added after the write: the stored answer a
    /// retry replays never holds it. A retry that lost a race gets the winner's answer, not our code.
    /// </summary>
    public static V1.TrainingApplication WithProgressCode(V1.TrainingApplication answer, (string Id, Employment.ServiceDefaults.Security.IssuedProgressCode Code)? issued)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (issued is { } ours && ours.Id == answer.ApplicationId)
        {
            answer.ProgressCode = ours.Code.Code;
        }

        return answer;
    }

    /// <summary>A judgement not stored: status PREVIEW, no id, no record.</summary>
    public static V1.TrainingApplication Preview(JudgedSkillUpgrade judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        return new V1.TrainingApplication
        {
            Person = new PersonKey { PersonId = judged.Applicant.PersonId },
            IdNumberMasked = judged.Applicant.IdNumberMasked,
            Kind = V1.SubsidyKind.SkillUpgrade,
            Status = V1.ApplicationStatus.Preview,
            Certificate = judged.CertificateAsGiven,
            Amount = new Money { Fen = judged.Judgement.AmountFen },
            Explanation = judged.Judgement.Explanation,
            Region = new RegionCode { Code = judged.Region.Code },
        };
    }

    /// <summary>A vocational-training judgement not stored: status PREVIEW, no id, no record.</summary>
    public static V1.TrainingApplication Preview(JudgedVocationalTraining judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        return new V1.TrainingApplication
        {
            Person = new PersonKey { PersonId = judged.Applicant.PersonId },
            IdNumberMasked = judged.Applicant.IdNumberMasked,
            Kind = V1.SubsidyKind.VocationalTraining,
            Status = V1.ApplicationStatus.Preview,
            Certificate = judged.CertificateAsGiven,
            Course = CourseInput.ToProto(judged.Course),
            Amount = new Money { Fen = judged.Judgement.AmountFen },
            Explanation = judged.Judgement.Explanation,
            Region = new RegionCode { Code = judged.Region.Code },
        };
    }

    /// <summary>A 新型学徒制 judgement not stored: status PREVIEW, no id, no record.</summary>
    public static V1.TrainingApplication Preview(JudgedApprenticeship judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        return new V1.TrainingApplication
        {
            Person = new PersonKey { PersonId = judged.Applicant.PersonId },
            IdNumberMasked = judged.Applicant.IdNumberMasked,
            Kind = V1.SubsidyKind.NewApprenticeship,
            Status = V1.ApplicationStatus.Preview,
            Apprenticeship = ApprenticeshipInput.ToProto(judged.Year),
            Amount = new Money { Fen = judged.Judgement.AmountFen },
            Explanation = judged.Judgement.Explanation,
            Region = new RegionCode { Code = judged.Region.Code },
        };
    }
}
