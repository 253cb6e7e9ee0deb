using Employment.Common.V1;
using Employment.Hiring.V1;

namespace Hiring.Tests.Service;

/// <summary>Trainee claims as a counter writes them; the host recognised by the HR bureau unless told otherwise.</summary>
internal static class Trainees
{
    public static SubmitClaimRequest Claim(string host, params TraineeItem[] trainees) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Employer = new EmployerKey { CreditCode = host },
        Kind = SubsidyKind.Traineeship,
        Trainees = { trainees },
        TraineeHost = new TraineeHostEvidence { RecognisedByHrBureau = true, EvidenceReference = "焦人社见认〔2022〕12号" },
        PaymentAccount = "6222000000000000001",
    };

    public static TraineeItem Trainee(string idNumber, DateOnly from, DateOnly until, bool retained = false) => new()
    {
        PersonIdNumber = idNumber,
        Traineeship = new DatePeriod { From = HiringHost.Date(from), Until = HiringHost.Date(until) },
        RealNameRegistered = true,
        Retained = retained,
    };
}
