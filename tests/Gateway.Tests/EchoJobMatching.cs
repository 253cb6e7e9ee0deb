using Employment.Jobs.V1;
using Employment.ServiceDefaults;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests;

/// <summary>
/// Stands in for the job-matching service (not built yet) so that its public REST routes can be
/// transcoded end to end: each public RPC answers with what it received, so a test sees how the
/// gateway filled the request from path, query and body.
/// </summary>
public sealed class EchoJobMatching(EchoJobMatching.Instance instance) : JobMatching.JobMatchingBase
{
    public override Task<SearchJobsResponse> SearchJobs(SearchJobsRequest request, ServerCallContext context) =>
        Task.FromResult(new SearchJobsResponse
        {
            Postings =
            {
                new JobPosting
                {
                    Title = request.Query,
                    OccupationCode = request.OccupationCode,
                    WorkRegion = request.Region,
                    EmploymentType = request.EmploymentType,
                    Openings = request.Page?.PageSize ?? 0,
                    SalaryMin = request.MinSalary,
                },
            },
        });

    /// <summary>
    /// Answers with the posting id asked for; the title names the instance that answered, the
    /// description carries the traceparent the call arrived with.
    /// </summary>
    public override Task<JobPosting> GetPosting(GetPostingRequest request, ServerCallContext context) =>
        Task.FromResult(new JobPosting { PostingId = request.PostingId, Title = instance.Name, Description = context.RequestHeaders.GetValue("traceparent") ?? "" });

    public override Task<MatchJobsResponse> MatchJobs(MatchJobsRequest request, ServerCallContext context) =>
        Task.FromResult(new MatchJobsResponse
        {
            Matches =
            {
                request.Preferences.OccupationCodes.Select(code => new Match
                {
                    Posting = new JobPosting { OccupationCode = code, WorkRegion = request.Preferences.Regions.FirstOrDefault(), EmploymentType = request.Preferences.EmploymentType },
                    Score = request.Page?.PageSize ?? 0,
                }),
            },
        });

    /// <summary>Which copy of the stand-in this is, when a cluster has several.</summary>
    public sealed record Instance(string Name);

    /// <summary>The stand-in as a module, hosted by ServiceHost like any service (so it checks roles too).</summary>
    public sealed class Module(string instance = "jobs-1") : IServiceModule
    {
        public string Name => "jobs";

        public int DefaultPort => 0;

        public void ConfigureServices(WebApplicationBuilder builder) => builder.Services.AddSingleton(new Instance(instance));

        public void MapEndpoints(WebApplication app) => app.MapGrpcService<EchoJobMatching>();
    }
}
