using Employment.Applicants.Data;
using Employment.ServiceDefaults;
using Microsoft.AspNetCore.Builder;

namespace Employment.Applicants;

/// <summary>The applicants registry as a launchable module.</summary>
public sealed class ApplicantsModule : IServiceModule
{
    public string Name => "applicants";

    public int DefaultPort => 5101;

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        builder.Services.AddApplicantsDatabase(builder.Configuration);
    }

    public void MapEndpoints(WebApplication app)
    {
    }
}
