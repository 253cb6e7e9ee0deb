using Employment.Common.V1;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Google.Protobuf.Reflection;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// "Authentication and roles": which role may call which RPC is declared once, next to the
/// RPC (employment.common.v1.access), and an RPC without a declaration is closed.
/// </summary>
public sealed class AccessDeclarationTests
{
    private static readonly AccessRules Rules = AccessRules.Shared;

    private static IEnumerable<AccessRule> Governed => Rules.All.Where(r => !r.Exempt);

    [Fact]
    public void Every_rpc_of_the_employment_packages_declares_its_roles()
    {
        Assert.NotEmpty(Governed);
        Assert.Empty(Governed.Where(r => r.IsClosed).Select(r => r.Method));
        foreach (var service in new[] { "applicants.v1.Applicants", "loans.v1.StartupLoans", "policy.v1.PolicyCatalog", "hiring.v1.HiringSubsidies", "training.v1.TrainingSubsidies", "jobs.v1.JobMatching" })
        {
            Assert.Contains(Governed, r => r.Method.StartsWith($"/employment.{service}/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_method_the_contracts_do_not_declare_is_closed_and_standard_grpc_services_are_open()
    {
        Assert.True(Rules.For("/employment.loans.v1.StartupLoans/NoSuchMethod").IsClosed);
        Assert.True(Rules.For("/employment.unknown.v1.Anything/Do").IsClosed);
        Assert.True(Rules.For("/grpc.health.v1.Health/Check").IsOpen);
        Assert.True(Rules.For("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo").IsOpen);
        Assert.True(Rules.For("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo").IsOpen);
        Assert.True(Rules.For("/grpc.testing.TestService/UnaryCall").IsOpen);
    }

    [Theory]
    [InlineData("ListDocuments")]
    [InlineData("ListMeasures")]
    [InlineData("GetParameter")]
    public void Policy_catalog_reads_are_public(string method) =>
        Assert.True(Rules.For($"/employment.policy.v1.PolicyCatalog/{method}").IsOpen);

    [Theory]
    [InlineData("QueryEligibility", "bank")]
    [InlineData("RegisterLoan", "bank")]
    [InlineData("RecordRepayment", "bank")]
    [InlineData("RequestExtension", "bank")]
    [InlineData("RecordOverdue", "bank")]
    [InlineData("ComputeInterestSubsidyClaim", "bank")]
    [InlineData("SubmitInterestSubsidyClaim", "bank")]
    [InlineData("GetLoan", "bank,counter,admin,auditor")]
    [InlineData("GetInterestSubsidyClaim", "bank,counter,admin,auditor")]
    [InlineData("GetApplication", "counter,bank,admin,auditor,person")]
    [InlineData("ListApplications", "counter,bank,admin,auditor,person")]
    [InlineData("SubmitApplication", "counter,person,employer")]
    [InlineData("TransitionApplication", "counter")]
    [InlineData("DecideInterestSubsidyClaim", "counter")]
    public void Startup_loans_rpcs_are_open_to_exactly_their_roles(string method, string roles)
    {
        var expected = roles.Split(',').Select(r => Enum.Parse<CallerRole>(r, ignoreCase: true)).ToHashSet();
        var rule = Rules.For($"/employment.loans.v1.StartupLoans/{method}");
        Assert.True(expected.SetEquals(rule.Roles), $"{method}: {string.Join(",", rule.Roles)}");
    }

    [Theory]
    [InlineData("GetProfile")]
    [InlineData("GetEmployerProfile")]
    public void Other_services_read_registry_profiles_with_a_service_token(string method) =>
        Assert.Contains(CallerRole.Service, Rules.For($"/employment.applicants.v1.Applicants/{method}").Roles);

    [Fact]
    public void Persons_and_employer_agents_may_call_only_the_reads_of_their_own_records_and_the_management_of_the_agents_they_grant()
    {
        var opened = ContractDescriptors.Files.SelectMany(f => f.Services).SelectMany(s => s.Methods)
            .Select(m => (Path: $"{m.Service.Name}/{m.Name}", Rules.For($"/{m.Service.FullName}/{m.Name}").Roles))
            .Where(m => m.Roles.Contains(CallerRole.Person) || m.Roles.Contains(CallerRole.Employer))
            .Select(m => $"{m.Path}:{(m.Roles.Contains(CallerRole.Person) ? "person" : "")}{(m.Roles.Contains(CallerRole.Employer) ? "employer" : "")}")
            .Order(StringComparer.Ordinal);

        // Each of these checks whose record it is (RegionScope.Owns, or for the agents the registered legal
        // representative; ListMine (an employer's where the service keeps employers' records), ListMyOffers and ListMyQueryConsents read the caller's own alone; an application online or withdrawn (the shared Preview/SubmitApplication only where the service's own take lets a person, and then as that take does), a 决定书 is the applicant's own decided record's, 短信通知 and 纠错 the person's own, an offer accepted and a
        // consent granted or withdrawn are the caller's own; ListLoanBanks is the configured list of banks, no one's record); a method added here must too.
        Assert.Equal(
        [
            "Applicants/DisputeFact:person", "Applicants/GetEmployer:employer", "Applicants/GetEmployerProfile:employer", "Applicants/GetFactDisputeEvidence:person", "Applicants/GetPerson:person", "Applicants/GetProfile:person", "Applicants/GetTextPreferences:person",
            "Applicants/GrantEmployerAgent:person", "Applicants/ListActingFor:person", "Applicants/ListEmployerAgents:personemployer", "Applicants/ListFactDisputes:person",
            "Applicants/ListMyMessages:personemployer", "Applicants/ListMyReads:person",
            "Applicants/RevokeEmployerAgent:person", "Applicants/SetTextPreference:person",
            "HiringSubsidies/AcceptOffer:personemployer", "HiringSubsidies/GetClaim:employer", "HiringSubsidies/ListClaims:employer",
            "HiringSubsidies/ListMyOffers:personemployer",
            "HiringSubsidies/PreviewClaim:personemployer",
            "HiringSubsidies/SubmitClaim:personemployer",
            "JobsOnline/ApplyToPosting:person", "JobsOnline/DeclineApplicant:employer", "JobsOnline/FileMyPosting:employer", "JobsOnline/GetApplicant:employer",
            "JobsOnline/GetMyResume:person", "JobsOnline/InviteApplicant:employer", "JobsOnline/ListMyJobApplications:person",
            "JobsOnline/ListMyPostings:employer", "JobsOnline/ListMyResumeReads:person", "JobsOnline/ListMySearches:person", "JobsOnline/ListPostingApplicants:employer",
            "JobsOnline/RecordHire:employer",
            "JobsOnline/SaveMyResume:person", "JobsOnline/SaveMySearch:person", "JobsOnline/StopMySearch:person", "JobsOnline/WithdrawJobApplication:person",
            "StartupLoans/GetApplication:person", "StartupLoans/GrantQueryConsent:person", "StartupLoans/ListApplications:person",
            "StartupLoans/ListLoanBanks:person", "StartupLoans/ListMyQueryConsents:person",
            "StartupLoans/PreviewApplication:personemployer", "StartupLoans/SubmitApplication:personemployer",
            "StartupLoans/WithdrawQueryConsent:person",
            "SubsidyCases/FileAppeal:personemployer", "SubsidyCases/GetDecisionLetter:personemployer", "SubsidyCases/GetMaterial:personemployer", "SubsidyCases/ListAppeals:personemployer", "SubsidyCases/ListMine:personemployer", "SubsidyCases/PreviewApplication:personemployer", "SubsidyCases/SubmitApplication:personemployer", "SubsidyCases/Withdraw:personemployer",
            "TrainingSubsidies/GetApplication:person", "TrainingSubsidies/ListApplications:person",
            "TrainingSubsidies/PreviewApplication:personemployer", "TrainingSubsidies/SubmitApplication:personemployer",
        ], opened);
    }

    [Fact]
    public void Every_bank_code_a_bank_can_send_is_marked_as_bound_to_the_caller()
    {
        var unmarked = new List<string>();
        foreach (var method in ContractDescriptors.Files.SelectMany(f => f.Services).SelectMany(s => s.Methods))
        {
            if (Rules.For($"/{method.Service.FullName}/{method.Name}").Roles.Contains(CallerRole.Bank))
            {
                unmarked.AddRange(UnmarkedBankCodes(method.InputType, [], method.Name));
            }
        }

        Assert.Empty(unmarked);
    }

    private static IEnumerable<string> UnmarkedBankCodes(MessageDescriptor message, HashSet<string> seen, string path)
    {
        if (!seen.Add(message.FullName))
        {
            yield break;
        }

        foreach (var field in message.Fields.InDeclarationOrder())
        {
            if (field.Name == "bank_code" && field.GetOptions()?.GetExtension(AccessExtensions.CallerBankCode) != true)
            {
                yield return $"{path}.{field.Name}";
            }
            else if (field.FieldType == FieldType.Message)
            {
                foreach (var nested in UnmarkedBankCodes(field.MessageType, seen, $"{path}.{field.Name}"))
                {
                    yield return nested;
                }
            }
        }
    }

    [Fact]
    public void Roles_live_in_the_proto_only_no_handler_checks_a_role_itself()
    {
        var handlers = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "services"), "*.cs", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}Grpc{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.DoesNotContain(handlers, f => File.ReadAllText(f).Contains(".Require(CallerRole", StringComparison.Ordinal));
    }
}
