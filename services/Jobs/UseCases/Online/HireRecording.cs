using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Jobs.Domain.Online;
using Employment.Policy.Explanations;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Employment.Jobs.UseCases.Online;

/// <summary>
/// A hire an employer recorded becomes the person's employment-contract fact in the registry, through the
/// registry's own API with this service's token: its authority names the employer's declaration, its
/// evidence the application. From there the owed-subsidies job finds the hiring subsidies it makes due,
/// with nobody typing it again; the insurance fact that confirms it arrives from the 社保 side.
/// </summary>
/// <remarks>
/// Called inside the hire's write before it is stored: a registry failure fails the hire and stores
/// nothing here. The registry key is the application's, so a retry after a failure between the registry's
/// answer and our commit adds no second fact. The registry tells every cache of the change; this service
/// reads no contract fact, so its own copy of the profile needs no word from here.
/// </remarks>
public sealed class HireRecording(ApplicantsApi.ApplicantsClient registry)
{
    /// <summary>The fact's authority: whose word it is.</summary>
    public static string AuthorityOf(string employerName) => $"用人单位申报（{employerName}，网上招聘录用）";

    public async Task<string> RecordAsync(string personId, string applicationId, Employer employer, HireTerms terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(employer);
        ArgumentNullException.ThrowIfNull(terms);
        var fact = await registry.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = $"job-matching/hire/{applicationId}",
            PersonId = personId,
            Fact = new PersonFact
            {
                Kind = PersonFactKind.EmploymentContract,
                Period = new DatePeriod
                {
                    From = ProtoMapping.ToProto(terms.ContractStart),
                    Until = terms.ContractEnd is { } end ? ProtoMapping.ToProto(end) : null,
                },
                Authority = AuthorityOf(employer.Name),
                EvidenceReference = applicationId,
                Contract = new EmploymentContract { EmployerCreditCode = employer.CreditCode, TermMonths = terms.TermMonths, OpenEnded = terms.OpenEnded },
            },
        }, cancellationToken: cancellationToken);
        return fact.FactId;
    }
}
