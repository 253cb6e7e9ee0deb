using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Persistence.Outbox;
using Employment.TestInfrastructure;
using Employment.Training.Data;
using Employment.Training.V1;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;
using static Training.Tests.Service.ApprenticeshipRequests;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>
/// 决定书 through the lifecycle's shared step (SubsidyCases.GetDecisionLetter): to the applicant, the decision with the
/// reasons and the clauses of every condition not met, the clerks; a refusal names the remedy (R32): 行政复议 within the
/// law's 60 days before the county's configured review body, 行政诉讼 within 6 months before its court, each period
/// citing its article, and the refusal's message says the same. Only the applicant, the region's counter and an auditor
/// read it, and only once decided.
/// </summary>
public sealed class DecisionLetterTests(ClockedTrainingHost host) : IClassFixture<ClockedTrainingHost>
{
    private static readonly DateOnly Issued = new(2024, 6, 1);

    [Fact(Timeout = 120_000)]
    public async Task R32_a_refusal_letter_gives_the_reason_the_clerk_and_the_countys_review_body_and_court_with_the_laws_periods()
    {
        host.Clock.UtcNow = new DateTimeOffset(2026, 9, 18, 2, 0, 0, TimeSpan.Zero);
        var counter = TestCallers.Counter(clerk: "JZ-LETTER-01");
        var id = await host.RegisterInsuredWorkerAsync(Issued);
        var person = (await host.Registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = id } }, counter)).PersonId;
        // Refused by the clerk on a finding the rules cannot see (the certificate does not match the assessor's record).
        var taken = await host.Training.SubmitApplicationAsync(For(id, Issued), counter);
        var reference = new GetDecisionLetterRequest { Reference = taken.ApplicationId };

        var early = await Assert.ThrowsAsync<RpcException>(() => host.Cases.GetDecisionLetterAsync(reference, TestCallers.Person(person)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, early.StatusCode);
        Assert.Contains("审核决定作出后才有决定书", early.Status.Detail, StringComparison.Ordinal);

        await host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = taken.ApplicationId, ExpectedVersion = taken.Record.Version,
            Approve = false, ReasonZh = "证书信息与鉴定机构记录不符",
        }, counter);
        var letter = await host.Cases.GetDecisionLetterAsync(reference, TestCallers.Person(person));

        Assert.Equal(LetterOutcome.Refused, letter.Outcome);
        Assert.Equal("技能提升补贴不予批准决定书", letter.TitleZh);
        Assert.Equal(("你", "焦作市 武陟县人力资源和社会保障部门"), (letter.YouZh, letter.OfficeZh));
        Assert.StartsWith("培***人（公民身份号码 ", letter.AddresseeZh, StringComparison.Ordinal);
        Assert.DoesNotContain(id, letter.AddresseeZh, StringComparison.Ordinal);
        var line = Assert.Single(letter.Lines);
        Assert.Equal((false, 0L, "证书信息与鉴定机构记录不符"), (line.Approved, line.Amount.Fen, line.ReasonZh));
        Assert.Equal(["JZ-LETTER-01"], letter.DecidedBy);
        Assert.Equal("如不服本决定，可以自收到本决定之日起60日内向武陟县人民政府申请行政复议，或者6个月内向武陟县人民法院提起行政诉讼。", letter.RemedyZh);
        Assert.Equal(["《中华人民共和国行政复议法》（2023年修订）第二十条", "《中华人民共和国行政诉讼法》第四十六条"],
            letter.RemedyBasis.Select(c => c.DocumentNumber + c.Clause));
        Assert.All(letter.RemedyBasis, c => Assert.Equal("R32", c.RulingId));

        await host.TrainingServices.GetServices<IHostedService>().OfType<OutboxRelay<TrainingDbContext>>().Single().RelayOnceAsync(CancellationToken.None);
        var told = await host.Registry.ListMyMessagesAsync(new ListMyMessagesRequest { RecordId = taken.ApplicationId }, TestCallers.Person(person));
        var refusal = Assert.Single(told.Messages, m => m.Message.Step == "REJECTED").Message.BodyZh;
        Assert.Contains("审核不通过：证书信息与鉴定机构记录不符。决定书可在“我的办事”查看和打印。", refusal, StringComparison.Ordinal);
        Assert.Contains(letter.RemedyZh, refusal, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task An_approval_letter_states_the_amount_and_what_follows_and_names_no_remedy_and_nobody_else_reads_it()
    {
        host.Clock.UtcNow = new DateTimeOffset(2026, 9, 18, 2, 0, 0, TimeSpan.Zero);
        var counter = TestCallers.Counter();
        var id = await host.RegisterInsuredWorkerAsync(Issued);
        var taken = await host.Training.SubmitApplicationAsync(For(id, Issued), counter);
        await host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = taken.ApplicationId, ExpectedVersion = taken.Record.Version, Approve = true,
        }, counter);
        var reference = new GetDecisionLetterRequest { Reference = taken.ApplicationId };

        var letter = await host.Cases.GetDecisionLetterAsync(reference, counter);
        var stranger = await Assert.ThrowsAsync<RpcException>(() => host.Cases.GetDecisionLetterAsync(reference, TestCallers.Person("P-someone-else")).ResponseAsync);
        var otherRegion = await Assert.ThrowsAsync<RpcException>(() => host.Cases.GetDecisionLetterAsync(reference, TestCallers.Counter(regionCode: "419001")).ResponseAsync);

        Assert.Equal(LetterOutcome.Approved, letter.Outcome);
        Assert.Equal("技能提升补贴审核决定书", letter.TitleZh);
        Assert.Equal(taken.Amount.Fen, Assert.Single(letter.Lines).Amount.Fen);
        Assert.Equal(taken.Amount.Fen, letter.Total.Fen);
        Assert.Equal("经公示无异议后发放到你提供的账户。", letter.NextStepZh);
        Assert.Empty(letter.RemedyZh);
        Assert.Equal((StatusCode.NotFound, StatusCode.NotFound), (stranger.StatusCode, otherRegion.StatusCode));
    }

    [Fact(Timeout = 120_000)]
    public async Task R26_an_apprenticeship_letter_is_addressed_to_the_enterprise_it_pays_even_when_a_counter_took_it()
    {
        host.Clock.UtcNow = new DateTimeOffset(2026, 9, 18, 2, 0, 0, TimeSpan.Zero);
        var counter = TestCallers.Counter();
        var id = await host.RegisterInsuredWorkerAsync(new DateOnly(2023, 9, 1));
        var taken = await host.Training.SubmitApplicationAsync(ForApprentice(id), counter);
        await host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = taken.ApplicationId, ExpectedVersion = taken.Record.Version,
            Approve = false, ReasonZh = "学徒培养协议未盖企业公章",
        }, counter);

        var letter = await host.Cases.GetDecisionLetterAsync(new GetDecisionLetterRequest { Reference = taken.ApplicationId }, counter);

        Assert.Equal(("焦作某机械有限公司（统一社会信用代码 91410800MA0000007L）", "你单位"), (letter.AddresseeZh, letter.YouZh));
        Assert.Equal("企业新型学徒制培训补贴不予批准决定书", letter.TitleZh);
    }
    [Fact(Timeout = 120_000)]
    public async Task An_application_the_rules_refuse_taken_as_the_applicant_insists_is_refused_at_once_with_its_unmet_conditions_and_holds_nothing()
    {
        host.Clock.UtcNow = new DateTimeOffset(2026, 9, 18, 2, 0, 0, TimeSpan.Zero);
        var counter = TestCallers.Counter(clerk: "JZ-INSIST-01");
        // R24: eleven insured months, one short of the twelve the subsidy asks.
        var id = await host.RegisterInsuredWorkerAsync(Issued, insuredMonths: 11);
        var person = (await host.Registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = id } }, counter)).PersonId;
        var insisted = For(id, Issued);
        insisted.Insisted = true;

        var ownOnline = insisted.Clone();
        ownOnline.Person = null;
        ownOnline.Materials.Add(new Material
        {
            Kind = "certificate", FileName = "证书.png", Content = Google.Protobuf.ByteString.CopyFrom([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]),
        });
        var online = await Assert.ThrowsAsync<RpcException>(() => host.Training.SubmitApplicationAsync(ownOnline, TestCallers.Person(person)).ResponseAsync);
        var taken = await host.Training.SubmitApplicationAsync(insisted, counter);
        var again = await host.Training.SubmitApplicationAsync(insisted, counter);
        var letter = await host.Cases.GetDecisionLetterAsync(new GetDecisionLetterRequest { Reference = taken.ApplicationId }, TestCallers.Person(person));

        Assert.Equal(StatusCode.FailedPrecondition, online.StatusCode);
        Assert.Contains("请到人社服务窗口提出", online.Status.Detail, StringComparison.Ordinal);
        Assert.Equal((ApplicationStatus.Rejected, "JZ-INSIST-01"), (taken.Status, taken.Record.CreatedBy));
        Assert.Equal(taken.ApplicationId, again.ApplicationId);
        Assert.Equal(LetterOutcome.Refused, letter.Outcome);
        Assert.Equal(["JZ-INSIST-01"], letter.DecidedBy);
        var line = Assert.Single(letter.Lines);
        Assert.StartsWith("受理时审查不符合申请条件，申请人坚持申请", line.ReasonZh, StringComparison.Ordinal);
        var unmet = Assert.Single(line.Unmet, u => u.DescriptionZh.Contains("不足 12 个月", StringComparison.Ordinal));
        Assert.Equal("焦政办〔2024〕15号", Assert.Single(unmet.Basis).DocumentNumber);
        Assert.NotEmpty(letter.RemedyZh);

        // Told the decision itself (no 已受理 first), with the remedy; and the certificate is free once the fact is put right.
        await host.TrainingServices.GetServices<IHostedService>().OfType<OutboxRelay<TrainingDbContext>>().Single().RelayOnceAsync(CancellationToken.None);
        var told = await host.Registry.ListMyMessagesAsync(new ListMyMessagesRequest { RecordId = taken.ApplicationId }, TestCallers.Person(person));
        var message = Assert.Single(told.Messages).Message;
        Assert.Equal("REJECTED", message.Step);
        Assert.Contains(letter.RemedyZh, message.BodyZh, StringComparison.Ordinal);
        var preview = await host.Training.PreviewApplicationAsync(For(id, Issued), counter);
        Assert.Contains(preview.Explanation.Checks, c => c.RuleId == "training.skill_upgrade.one_per_certificate" && c.Passed);
    }
}
