using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Employment.ServiceDefaults.Messaging;

/// <summary>Where a service's texts go, one rule for every service that texts.</summary>
public static class SmsRegistration
{
    /// <summary>
    /// A file of lines (<see cref="DevelopmentSmsOutbox"/>) where <c>Messages:SmsOutbox</c> names one, or in Development
    /// beside the service's data (<c>sms-outbox.txt</c>); a provider's client otherwise. With neither, no
    /// <see cref="ISmsSender"/> is registered and nothing is texted: a step that needs a text says it cannot be had.
    /// </summary>
    public static void AddSmsSender(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Configuration["Messages:SmsOutbox"] is { Length: > 0 } || builder.Environment.IsDevelopment())
        {
            var path = builder.Configuration["Messages:SmsOutbox"] is { Length: > 0 } configured
                ? configured
                : Path.Combine(builder.Configuration["DataDirectory"] ?? ".data", "sms-outbox.txt");
            builder.Services.AddSingleton<ISmsSender>(sp => new DevelopmentSmsOutbox(path, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DevelopmentSmsOutbox>>()));
        }
    }
}
