using Employment.Jobs.V1;
using Employment.ServiceDefaults;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests;

/// <summary>
/// Stands in for the job-matching service (the real one is tested in Jobs.Tests) so that its public REST routes can be
/// transcoded end to end: each public RPC answers with what it received, so a test sees how the
/// gateway filled the request from path, query and body.
/// </summary>
public sealed class EchoJobMatching(EchoJobMatching.Instance instance) : JobMatching.JobMatchingBase
{
    public override Task<SearchPostingsResponse> SearchPostings(SearchPostingsRequest request, ServerCallContext context) =>
        Task.FromResult(new SearchPostingsResponse
        {
            Hits =
            {
                new PostingHit
                {
                    Title = request.Query,
                    County = request.Region,
                    EmploymentType = request.EmploymentType,
                    Relevance = request.Page?.PageSize ?? 0,
                    Pay = new Pay { Min = request.PayAtLeast, Period = request.PayPeriod },
                },
            },
        });

    /// <summary>
    /// Answers with the posting id asked for; the title names the instance that answered, the
    /// description carries the traceparent the call arrived with.
    /// </summary>
    public override Task<PublicPosting> GetPublicPosting(GetPublicPostingRequest request, ServerCallContext context) =>
        Task.FromResult(new PublicPosting { PostingId = request.PostingId, Title = instance.Name, Description = context.RequestHeaders.GetValue("traceparent") ?? "" });

    public override Task<MatchJobsResponse> MatchJobs(MatchJobsRequest request, ServerCallContext context) =>
        Task.FromResult(new MatchJobsResponse
        {
            Matches =
            {
                request.Preferences.OccupationCodes.Select(code => new Match
                {
                    Posting = new PublicPosting { OccupationCode = code, WorkPlace = new WorkPlace { County = request.Preferences.Regions.FirstOrDefault() }, EmploymentType = request.Preferences.EmploymentType },
                    Score = request.Page?.PageSize ?? 0,
                }),
            },
        });

    /// <summary>Which copy of the stand-in this is, when a cluster has several.</summary>
    public sealed record Instance(string Name);

    /// <summary>The stand-in as a module, hosted by ServiceHost like any service (so it checks roles too).</summary>
    public sealed class Module(string instance = "job-matching-1") : IServiceModule
    {
        public string Name => "job-matching";

        public int DefaultPort => 0;

        public void ConfigureServices(WebApplicationBuilder builder) => builder.Services.AddSingleton(new Instance(instance));

        public void MapEndpoints(WebApplication app)
        {
            app.MapGrpcService<EchoJobMatching>();
            app.MapGrpcService<EchoPublicEmploymentServices>();
        }
    }
}
