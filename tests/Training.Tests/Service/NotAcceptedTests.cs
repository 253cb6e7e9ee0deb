using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Training.Tests.Service;

/// <summary>
/// 不予受理 through the lifecycle's shared step (SubsidyCases.DeclineToTake): a counter answers in writing what it was asked
/// that is not its office's to take — to whom (masked, a checked number), why, where to go, and the remedy against it
/// (R32) — kept once per key; a number without its check character, or a caller who is not a counter, is refused.
/// </summary>
public sealed class NotAcceptedTests(ClockedTrainingHost host) : IClassFixture<ClockedTrainingHost>
{
    private static DeclineToTakeRequest Declining(string idNumber) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        ApplicantIdNumber = idNumber,
        ApplicantName = "蒋外地",
        AskedZh = "技能提升补贴申请",
        ReasonZh = "申请人在济源示范区参加失业保险，不属于本部门受理范围",
        ReferToZh = "济源示范区人力资源和社会保障局服务窗口",
    };

    [Fact(Timeout = 60_000)]
    public async Task R32_a_counter_writes_a_notice_of_not_taking_an_application_with_where_to_go_and_the_remedy_once_per_key()
    {
        host.Clock.UtcNow = new DateTimeOffset(2026, 9, 18, 2, 0, 0, TimeSpan.Zero);
        var idNumber = InsuredWorker.IdNumber(41, 1988);
        var request = Declining(idNumber);

        var notice = await host.Cases.DeclineToTakeAsync(request, TestCallers.Counter(regionCode: "410823", clerk: "JZ-DECLINE-01"));
        var again = await host.Cases.DeclineToTakeAsync(request, TestCallers.Counter(regionCode: "410823", clerk: "JZ-DECLINE-01"));
        var badNumber = Declining(idNumber[..17] + (idNumber[17] == '0' ? '1' : '0'));
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Cases.DeclineToTakeAsync(badNumber, TestCallers.Counter()).ResponseAsync);
        var byPerson = await Assert.ThrowsAsync<RpcException>(() => host.Cases.DeclineToTakeAsync(Declining(idNumber), TestCallers.Person("P-someone")).ResponseAsync);

        Assert.Equal(notice.NoticeId, again.NoticeId);
        Assert.Equal(("不予受理通知书", "你", "JZ-DECLINE-01"), (notice.TitleZh, notice.YouZh, notice.Clerk));
        Assert.StartsWith("蒋*地（公民身份号码 ", notice.AddresseeZh, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, notice.AddresseeZh, StringComparison.Ordinal);
        Assert.Equal("焦作市 武陟县人力资源和社会保障部门", notice.OfficeZh);
        Assert.Equal("济源示范区人力资源和社会保障局服务窗口", notice.ReferToZh);
        Assert.Contains("60日内向武陟县人民政府申请行政复议", notice.RemedyZh, StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("公民身份号码无效", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.PermissionDenied, byPerson.StatusCode);
    }
}
