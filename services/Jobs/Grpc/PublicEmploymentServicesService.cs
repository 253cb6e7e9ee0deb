using Employment.Jobs.UseCases.Assistance;
using Employment.Jobs.UseCases.KeyEnterprises;
using Employment.Jobs.UseCases.PublicServices;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Grpc.Core;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.Grpc;

/// <summary>
/// employment.jobs.v1.PublicEmploymentServices: recruitment events, service venues and employment
/// assistance, key enterprises. Each method
/// checks the request's shape, calls one use case and returns its answer; rules live in Domain/.
/// </summary>
internal sealed class PublicEmploymentServicesService(
    ICallerResolver callers,
    RecordEvents events,
    EventQueries eventQueries,
    RecordVenues venues,
    VenueQueries venueQueries,
    OpenAssistanceCase openCase,
    ChangeAssistanceCase changeCase,
    AssistanceQueries assistanceQueries,
    RecordKeyEnterprise recordEnterprise,
    ChangeKeyEnterprise changeEnterprise,
    PostVacancy postVacancy,
    KeyEnterpriseQueries enterpriseQueries) : V1.PublicEmploymentServices.PublicEmploymentServicesBase
{
    public override Task<V1.ListUpcomingEventsResponse> ListUpcomingEvents(V1.ListUpcomingEventsRequest request, ServerCallContext context) =>
        eventQueries.ListUpcomingAsync(request, context.CancellationToken);

    public override Task<V1.ListVenuesResponse> ListVenues(V1.ListVenuesRequest request, ServerCallContext context) =>
        venueQueries.ListAsync(request, context.CancellationToken);

    public override Task<V1.RecruitmentEvent> RecordEvent(V1.RecordEventRequest request, ServerCallContext context) =>
        events.AnnounceAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.RecruitmentEvent> RecordEventResults(V1.RecordEventResultsRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.EventId, "event_id", "招聘活动编号");
        RequestKeys.RequireVersion(request.ExpectedVersion);
        return events.RecordResultsAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.RecruitmentEvent> CancelEvent(V1.CancelEventRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.EventId, "event_id", "招聘活动编号");
        RequestKeys.RequireVersion(request.ExpectedVersion);
        return events.CancelAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.RecruitmentEvent> GetEvent(V1.GetEventRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.EventId, "event_id", "招聘活动编号");
        return eventQueries.GetAsync(request.EventId, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.EventCounts> CountEvents(V1.CountEventsRequest request, ServerCallContext context) =>
        eventQueries.CountAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.ServiceVenue> RecordVenue(V1.RecordVenueRequest request, ServerCallContext context) =>
        venues.RecordAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.ServiceVenue> UpdateVenue(V1.UpdateVenueRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.VenueId, "venue_id", "服务网点编号");
        RequestKeys.RequireVersion(request.ExpectedVersion);
        return venues.UpdateAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.AssistanceCase> OpenAssistanceCase(V1.OpenAssistanceCaseRequest request, ServerCallContext context) =>
        openCase.OpenAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.AssistanceCase> ReviseAssistancePlan(V1.ReviseAssistancePlanRequest request, ServerCallContext context)
    {
        RequireCase(request.CaseId, request.ExpectedVersion);
        return changeCase.ReviseAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.AssistanceCase> RecordAssistanceContact(V1.RecordAssistanceContactRequest request, ServerCallContext context)
    {
        RequireCase(request.CaseId, request.ExpectedVersion);
        return changeCase.ContactAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.AssistanceCase> ReferAssistanceCase(V1.ReferAssistanceCaseRequest request, ServerCallContext context)
    {
        RequireCase(request.CaseId, request.ExpectedVersion);
        return changeCase.ReferAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.AssistanceCase> CloseAssistanceCase(V1.CloseAssistanceCaseRequest request, ServerCallContext context)
    {
        RequireCase(request.CaseId, request.ExpectedVersion);
        return changeCase.CloseAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.AssistanceCase> GetAssistanceCase(V1.GetAssistanceCaseRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.CaseId, "case_id", "援助案例编号");
        return assistanceQueries.GetAsync(request.CaseId, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.ListZeroEmploymentHouseholdsResponse> ListZeroEmploymentHouseholds(V1.ListZeroEmploymentHouseholdsRequest request, ServerCallContext context) =>
        assistanceQueries.ListHouseholdsAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.GraduateRecordCounts> CountGraduateRecords(V1.CountGraduateRecordsRequest request, ServerCallContext context) =>
        assistanceQueries.CountGraduatesAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.KeyEnterprise> RecordKeyEnterprise(V1.RecordKeyEnterpriseRequest request, ServerCallContext context) =>
        recordEnterprise.RecordAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.KeyEnterprise> AssignKeyEnterpriseOfficer(V1.AssignKeyEnterpriseOfficerRequest request, ServerCallContext context)
    {
        RequireEnterprise(request.EnterpriseId, request.ExpectedVersion);
        return changeEnterprise.AssignOfficerAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.KeyEnterprise> RecordVacancyCollection(V1.RecordVacancyCollectionRequest request, ServerCallContext context)
    {
        RequireEnterprise(request.EnterpriseId, request.ExpectedVersion);
        return changeEnterprise.CollectAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.KeyEnterprise> DelistKeyEnterprise(V1.DelistKeyEnterpriseRequest request, ServerCallContext context)
    {
        RequireEnterprise(request.EnterpriseId, request.ExpectedVersion);
        return changeEnterprise.DelistAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.PostVacancyResponse> PostVacancy(V1.PostVacancyRequest request, ServerCallContext context)
    {
        RequireEnterprise(request.EnterpriseId, request.ExpectedVersion);
        RequestKeys.RequireId(request.CollectionId, "collection_id", "岗位收集编号");
        return postVacancy.PostAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.KeyEnterprise> GetKeyEnterprise(V1.GetKeyEnterpriseRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.EnterpriseId, "enterprise_id", "重点企业编号");
        return enterpriseQueries.GetAsync(request.EnterpriseId, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.ListKeyEnterprisesResponse> ListKeyEnterprises(V1.ListKeyEnterprisesRequest request, ServerCallContext context) =>
        enterpriseQueries.ListAsync(request, callers.Resolve(context), context.CancellationToken);

    private static void RequireEnterprise(string enterpriseId, long expectedVersion)
    {
        RequestKeys.RequireId(enterpriseId, "enterprise_id", "重点企业编号");
        RequestKeys.RequireVersion(expectedVersion);
    }

    private static void RequireCase(string caseId, long expectedVersion)
    {
        RequestKeys.RequireId(caseId, "case_id", "援助案例编号");
        RequestKeys.RequireVersion(expectedVersion);
    }
}
