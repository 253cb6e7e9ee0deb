using Employment.Jobs.V1;
using Grpc.Core;

namespace Gateway.Tests;

/// <summary>
/// Stands in for job-matching's second service (recruitment events, venues; the real one is tested in
/// Jobs.Tests) so that its public REST routes are transcoded end to end: each answers with what it received.
/// </summary>
public sealed class EchoPublicEmploymentServices : PublicEmploymentServices.PublicEmploymentServicesBase
{
    public override Task<ListUpcomingEventsResponse> ListUpcomingEvents(ListUpcomingEventsRequest request, ServerCallContext context) =>
        Task.FromResult(new ListUpcomingEventsResponse
        {
            Events = { new PublicRecruitmentEvent { County = request.Region, Title = request.Page?.PageToken ?? "" } },
            Page = new Employment.Common.V1.PageResponse { TotalSize = request.Page?.PageSize ?? 0 },
        });

    public override Task<ListVenuesResponse> ListVenues(ListVenuesRequest request, ServerCallContext context) =>
        Task.FromResult(new ListVenuesResponse
        {
            Venues = { new PublicVenue { County = request.Region, Kind = request.Kind } },
            Page = new Employment.Common.V1.PageResponse { TotalSize = request.Page?.PageSize ?? 0 },
        });
}
