using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Jobs.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Gateway.Tests.Service;

/// <summary>
/// Job matching through the gateway: a counter registers a seeker and gets explained matches over gRPC;
/// the public asks MatchJobs as REST (POST /v1/jobs:match); the counter-only matching RPCs stay closed
/// to a caller without a token.
/// </summary>
public sealed class JobMatchingThroughGatewayTests(JobMatchingPlatform platform) : IClassFixture<JobMatchingPlatform>
{
    private const string Electrician = "6-31-01-03";

    [Fact(Timeout = 120_000)]
    public async Task JobsMatching_through_the_gateway_a_counter_gets_explained_matches_and_the_public_gets_rest_matches_but_no_seeker_rpc()
    {
        var jobs = new JobMatching.JobMatchingClient(platform.Invoker);
        var registry = new Applicants.ApplicantsClient(platform.Invoker);
        var counter = TestCallers.Counter("410800", "clerk-gateway");
        var posting = await jobs.CreatePostingAsync(new CreatePostingRequest { IdempotencyKey = Guid.NewGuid().ToString(), Posting = Electricians() }, counter);
        var first17 = "41080219900315" + "871";
        var person = await registry.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person { IdNumber = first17 + ResidentIdNumber.ComputeCheckCharacter(first17), Name = "周九", Phone = "13800000000", ResidenceRegion = new RegionCode { Code = "410802" } },
        }, counter);

        var seeker = await jobs.RegisterSeekerAsync(new RegisterSeekerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new PersonKey { PersonId = person.PersonId },
            Preferences = new JobPreferences { OccupationCodes = { Electrician }, Keywords = { "电工" } },
        }, counter);
        var matches = await jobs.FindMatchesForSeekerAsync(new FindMatchesForSeekerRequest { SeekerId = seeker.SeekerId }, counter);
        var tags = await jobs.ListSeekerTagsAsync(new ListSeekerTagsRequest { SeekerId = seeker.SeekerId }, counter);
        var anonymous = await Assert.ThrowsAsync<RpcException>(() =>
            jobs.ListSeekerTagsAsync(new ListSeekerTagsRequest { SeekerId = seeker.SeekerId }, TestCallers.Public()).ResponseAsync);

        var match = Assert.Single(matches.Matches);
        Assert.Equal(posting.PostingId, match.Posting.PostingId);
        Assert.Equal(match.Score, match.Reasons.Sum(r => r.Points));
        Assert.Equal(["电工"], match.Reasons.Single(r => r.Factor == "skills").Matched);
        Assert.Contains(tags.Tags, t => t.TagId == "skill:电工");
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);

        using var response = await platform.Http.PostAsJsonAsync("/v1/jobs:match", new
        {
            preferences = new { occupationCodes = new[] { Electrician }, regions = new[] { new { code = "410800" } }, keywords = new[] { "电工" } },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var restMatch = Assert.Single(json.RootElement.GetProperty("matches").EnumerateArray());
        Assert.Equal(posting.PostingId, restMatch.GetProperty("posting").GetProperty("postingId").GetString());
        Assert.Equal(match.Score.ToString(CultureInfo.InvariantCulture), restMatch.GetProperty("score").GetInt32().ToString(CultureInfo.InvariantCulture));
        Assert.Equal("skills", restMatch.GetProperty("reasons")[1].GetProperty("factor").GetString());
    }

    private static JobPosting Electricians()
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        const string first8 = "MG00001Y";
        var first17 = "91410802" + first8 + UnifiedSocialCreditCode.ComputeOrganizationCheckCharacter(first8);
        return new JobPosting
        {
            Employer = new PostingEmployer { CreditCode = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17), Name = "焦作网关测试电力有限公司", Kind = EntityKind.Enterprise },
            Title = "电工",
            OccupationCode = Electrician,
            Description = "负责厂区配电维护。",
            EmploymentType = EmploymentType.FullTime,
            WorkPlace = new WorkPlace { County = new RegionCode { Code = "410802" }, Address = "解放区测试路2号", Location = new Employment.Jobs.V1.GeoPoint { Latitude = 35.24, Longitude = 113.24 } },
            Pay = new Pay { Min = new Money { Fen = 400_000 }, Max = new Money { Fen = 600_000 }, Period = PayPeriod.Month },
            Openings = 1,
            Requirements = new Requirements { Skills = { "电工" } },
            Valid = new DatePeriod { From = Date(today), Until = Date(today.AddDays(30)) },
            Source = new PostingSource { Kind = SourceKind.Counter },
            Contact = "0391-3900001",
        };
    }

    private static CalendarDate Date(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    [Theory(Timeout = 30_000)]
    [InlineData("/employment.jobs.v1.JobMatching/SearchPostings")]
    [InlineData("/employment.jobs.v1.PublicEmploymentServices/ListVenues")]
    public async Task A_body_that_is_not_protobuf_ends_with_INTERNAL_saying_it_cannot_be_decoded(string method)
    {
        var answer = await RawCalls.AnswerOfAsync(platform.Channel, method, TestCallers.Counter(), Pipeline.UndecodableMessageThroughGatewayTests.NotProtobuf);

        Assert.Equal(StatusCode.Internal, answer.StatusCode);
        Assert.Equal(Employment.ServiceDefaults.Protocol.UndecodableMessage.Detail, answer.Detail);
    }
}
