using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.ApprenticeshipRequests;

namespace Training.Tests.Service;

/// <summary>
/// 网上受理 of the 企业新型学徒制培训补贴 (R26: paid to the enterprise; 焦政办〔2023〕36号（十七）) over real gRPC: an enterprise's
/// agent applies for its own apprentice's training year, names its own enterprise by credit code and an apprentice the
/// registry links to it, with the 学徒培养协议 the catalog's (sample) list asks for; another enterprise's code is refused, a person the enterprise has no tie to is not found, and the
/// agent follows and withdraws the application in 我的办事.
/// </summary>
public sealed class OnlineApprenticeshipTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static int _enterprises = 72_000_000;

    private static readonly byte[] AgreementPdf = [.. "%PDF-1.7\n%apprenticeship agreement\n"u8.ToArray(), .. Enumerable.Repeat((byte)0x20, 1024)];

    [Fact(Timeout = 60_000)]
    public async Task An_enterprises_agent_applies_online_for_its_own_apprentice_follows_it_and_withdraws_it()
    {
        var (code, employerId) = await EnterpriseAsync("网办学徒机械有限公司");
        var apprentice = await ApprenticeOfAsync(code);
        var agent = TestCallers.EmployerAgent(employerId);
        var request = Online(apprentice, code);

        var taken = await host.Training.SubmitApplicationAsync(request, agent);

        Assert.Equal((Channel.Online, ApplicationStatus.Submitted), (taken.Channel, taken.Status));
        Assert.Equal("学徒培养协议.pdf", Assert.Single(taken.Materials).FileName);
        var mine = Assert.Single((await host.Cases.ListMineAsync(new ListMineRequest(), agent)).Records);
        Assert.Equal((taken.ApplicationId, true), (mine.Reference, mine.Withdrawable));
        var withdrawn = await host.Cases.WithdrawAsync(new WithdrawRequest
        {
            SubsidyService = Employment.ServiceDefaults.Clients.PlatformServices.Training, IdempotencyKey = Guid.NewGuid().ToString(), Reference = taken.ApplicationId,
        }, agent);
        Assert.Equal("已撤回", withdrawn.StateZh);
        var otherAgent = TestCallers.EmployerAgent((await EnterpriseAsync("网办旁观企业有限公司")).EmployerId);
        Assert.Empty((await host.Cases.ListMineAsync(new ListMineRequest(), otherAgent)).Records);
    }

    [Fact(Timeout = 60_000)]
    public async Task Online_the_enterprise_is_the_agents_own_and_the_apprentice_one_the_registry_links_to_it()
    {
        var (code, employerId) = await EnterpriseAsync("网办学徒电子有限公司");
        var (otherCode, _) = await EnterpriseAsync("网办其他电子有限公司");
        var apprentice = await ApprenticeOfAsync(code);
        var stranger = await host.RegisterInsuredWorkerAsync(new DateOnly(2023, 9, 1));
        var agent = TestCallers.EmployerAgent(employerId);

        var another = await Assert.ThrowsAsync<RpcException>(() => host.Training.SubmitApplicationAsync(Online(apprentice, otherCode), agent).ResponseAsync);
        var unlinked = await Assert.ThrowsAsync<RpcException>(() => host.Training.SubmitApplicationAsync(Online(stranger, code), agent).ResponseAsync);
        var noCode = Online(apprentice, code);
        noCode.Apprenticeship.EnterpriseCreditCode = "";
        var missing = await Assert.ThrowsAsync<RpcException>(() => host.Training.SubmitApplicationAsync(noCode, agent).ResponseAsync);
        var person = await Assert.ThrowsAsync<RpcException>(() => host.Training.SubmitApplicationAsync(Online(apprentice, code), TestCallers.Person("p-apprentice")).ResponseAsync);

        var noAgreement = Online(apprentice, code);
        noAgreement.Materials.Clear();
        var withoutAgreement = await Assert.ThrowsAsync<RpcException>(() => host.Training.SubmitApplicationAsync(noAgreement, agent).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, withoutAgreement.StatusCode);
        Assert.Contains("学徒培养协议", withoutAgreement.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.PermissionDenied, another.StatusCode);
        Assert.Contains("只能为本单位办理", another.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.NotFound, unlinked.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, missing.StatusCode);
        Assert.Contains("本单位的统一社会信用代码", missing.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.PermissionDenied, person.StatusCode);
        Assert.Contains("由单位申请", person.Status.Detail, StringComparison.Ordinal);
        Assert.Empty((await host.Cases.ListMineAsync(new ListMineRequest(), agent)).Records);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_apprenticeship_form_is_open_online_to_an_enterprise_with_its_credit_code_asked_as_its_own()
    {
        var forms = await host.Training.DescribeApplicationFormsAsync(new DescribeFormsRequest());

        var form = forms.Forms.Single(f => f.Kind == "SUBSIDY_KIND_NEW_APPRENTICESHIP");
        Assert.True(form.Online);
        Assert.Equal(FormApplicant.Employer, form.Applicant);
        Assert.Equal(["apprenticeship.enterprise_credit_code"], form.ApplicantNumberPaths);
        Assert.Empty(form.ApplicantPaths);
    }

    private static SubmitApplicationRequest Online(string apprentice, string code)
    {
        var request = ForApprentice(apprentice);
        request.Apprenticeship.EnterpriseCreditCode = code;
        request.Materials.Add(new Material { Kind = "apprenticeship_agreement", FileName = "学徒培养协议.pdf", Content = Google.Protobuf.ByteString.CopyFrom(AgreementPdf) });
        return request;
    }

    private async Task<(string Code, string EmployerId)> EnterpriseAsync(string name)
    {
        var code = TestCreditCodes.Of("91410823", Interlocked.Increment(ref _enterprises));
        var registered = await host.Registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = code, Name = name, Region = new RegionCode { Code = "410823" }, Kind = EntityKind.Enterprise },
        }, TestCallers.Counter("410800"));
        return (code, registered.EmployerId);
    }

    /// <summary>An insured worker whose labour contract is with the enterprise: its apprentice, as the registry links them.</summary>
    private async Task<string> ApprenticeOfAsync(string code)
    {
        var id = await host.RegisterInsuredWorkerAsync(new DateOnly(2023, 9, 1));
        var person = await host.Registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = id } }, TestCallers.Counter("410800"));
        await host.Registry.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            Fact = new PersonFact
            {
                Kind = PersonFactKind.EmploymentContract,
                Period = new DatePeriod { From = new CalendarDate { Year = 2023, Month = 8, Day = 1 } },
                Authority = "武陟县人社局",
                Contract = new EmploymentContract { OpenEnded = true, EmployerCreditCode = code },
            },
        }, TestCallers.Counter("410800"));
        return id;
    }
}
