using System.Text.Json;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Workbench.Tests.Screens;

/// <summary>
/// GB/T 37668 (WCAG 2.x A/AA) on the clerk's screens, at a clerk's 1280×800 and 1920×1080: axe-core run in each of
/// 一窗受理, a person's window, 待办, 发放, a decision awaiting 复核 (as the reviewer sees it) and a batch with its 公示名单
/// finds no serious or critical violation, and none of them scrolls sideways.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class AccessibilityTests(WorkbenchPlatform platform, ITestOutputHelper output)
{
    [Fact(Timeout = 300_000)]
    public async Task GBT37668_axe_core_finds_no_serious_or_critical_violation_on_the_clerks_screens()
    {
        Assert.True(File.Exists(AxeCore.ScriptPath), $"axe-core is not installed at {AxeCore.ScriptPath}: tests/run.sh installs it with npm.");
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "准备数据"));
        // Each clerk signs in once per 30-second step (a code is accepted once): one reviewer for the setup, others for the screens.
        var reviewer = await platform.NewClerkAsync("410800", "复核准备", mayReview: true);
        var (personId, awaiting) = await ApprovedAsync(setup, 901, "无障碍甲");
        var (_, toPay) = await ApprovedAsync(setup, 902, "无障碍乙");
        var training = platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>();
        var reviewed = await platform.Training.Client<SubsidyCases.SubsidyCasesClient>().ReviewDecisionAsync(new ReviewDecisionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), RecordId = toPay.ApplicationId, ExpectedVersion = toPay.Record.Version, Confirm = true,
        }, await platform.TokenOfAsync(reviewer));
        var batch = await platform.Training.Client<SubsidyPayments.SubsidyPaymentsClient>().CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = "410800" }, RecordIds = { reviewed.RecordId },
        }, setup);

        string[] screens =
        [
            "", $"people/{personId}", "queue", "payments", $"training/{awaiting.ApplicationId}", $"payments/training-subsidies/batches/{batch.BatchId}",
        ];
        foreach (var (width, height) in new[] { (1280, 800), (1920, 1080) })
        {
            var page = await platform.NewPageAsync(width, height, bypassCsp: true);
            await page.SignInAsync(platform, await platform.NewClerkAsync("410800", "陈静", mayReview: true));
            foreach (var screen in screens)
            {
                await page.GotoAsync(platform.WorkbenchHome + screen);
                await page.AssertAccessibleAsync($"/workbench/{screen} at {width} px", output);
                Assert.True(await page.PhotographAsync($"screen-{Array.IndexOf(screens, screen)}-{width}") <= width, $"/workbench/{screen} scrolls sideways at {width} px");
            }
        }
    }

    /// <summary>A registered worker's 技能提升补贴, taken and approved: awaiting 复核 under the demo configuration.</summary>
    private async Task<(string PersonId, TrainingApplication Approved)> ApprovedAsync(Grpc.Core.Metadata clerk, int sequence, string name)
    {
        var id = InsuredWorker.IdNumber(sequence, 1993);
        var personId = await InsuredWorker.RegisterAsync(platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>(), clerk, id, name);
        var training = platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>();
        var taken = await training.SubmitApplicationAsync(InsuredWorker.SkillUpgrade(id), clerk);
        return (personId, await training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = taken.ApplicationId, ExpectedVersion = taken.Record.Version, Approve = true,
        }, clerk));
    }
}
