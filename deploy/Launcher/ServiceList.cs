namespace Employment.Launcher;

/// <summary>
/// <c>Employment.Launcher services</c>: every registered service, one line each, "name port". The
/// production-shape script starts one process per line, and the deployment tests check compose and
/// the Kubernetes manifests against it, so a service registered here is covered by both.
/// </summary>
internal static class ServiceList
{
    public static int Print()
    {
        foreach (var module in RegisteredServices.All)
        {
            Console.WriteLine($"{module.Name} {module.DefaultPort}");
        }

        return 0;
    }
}
