using Master.DataHub.Snapshots;
using Master.Processor.Quantities;

namespace Master.Processor.Processing;

internal sealed partial class SnapshotNormaliser
{
    /// <summary>Reads <c>services[index]</c>.</summary>
    public void Service(Service service, int index)
    {
        Enter("services", index);
        Enter("summary");
        Check(service.Summary.CreatedAt, "createdAt");
        Leave();
        if (service.Backends is { } backends)
        {
            Enter("backends");
            Enter("summary");
            Check(backends.Summary.Updated, "updated");
            Leave();
            Leave();
        }

        Leave();
    }

    /// <summary>Reads <c>ingresses[index]</c>.</summary>
    public void Ingress(Ingress ingress, int index)
    {
        Enter("ingresses", index);
        Enter("summary");
        Check(ingress.Summary.CreatedAt, "createdAt");
        Leave();
        Leave();
    }

    /// <summary>Reads <c>namespaces[index]</c> with the quotas and limit ranges nested in it.</summary>
    public void Namespace(KubeNamespace ns, int index)
    {
        Enter("namespaces", index);
        Enter("summary");
        Check(ns.Summary.CreatedAt, "createdAt");
        Leave();
        for (var i = 0; i < ns.Quotas.Count; i++)
        {
            ResourceQuota(ns.Quotas[i], "quotas", i);
        }

        for (var i = 0; i < ns.LimitRanges.Count; i++)
        {
            LimitRange(ns.LimitRanges[i], "limitRanges", i);
        }

        Leave();
    }

    /// <summary>Reads a ResourceQuota at <c>field[index]</c>.</summary>
    public void ResourceQuota(ResourceQuota quota, string field, int index)
    {
        Enter(field, index);
        Check(quota.CreatedAt, "createdAt");
        ReadMap(quota.Hard, "hard");
        ReadMap(quota.Used, "used");
        Leave();
    }

    /// <summary>Reads a LimitRange at <c>field[index]</c>; <c>maxLimitRequestRatio</c> values are counts.</summary>
    public void LimitRange(LimitRange limitRange, string field, int index)
    {
        Enter(field, index);
        Check(limitRange.CreatedAt, "createdAt");
        for (var i = 0; i < limitRange.Items.Count; i++)
        {
            var item = limitRange.Items[i];
            Enter("items", i);
            ReadMap(item.Default, "default");
            ReadMap(item.DefaultRequest, "defaultRequest");
            ReadMap(item.Max, "max");
            ReadMap(item.Min, "min");
            ReadMap(item.MaxLimitRequestRatio, "maxLimitRequestRatio", ratios: true);
            Leave();
        }

        Leave();
    }

    /// <summary>Checks the creation time of an object at <c>field[index]</c> that has nothing else to read.</summary>
    public void CreatedAt(Timestamp createdAt, string field, int index)
    {
        if (createdAt.Malformed is null)
        {
            return;
        }

        Enter(field, index);
        Check(createdAt, "createdAt");
        Leave();
    }

    /// <summary>Reads <c>pvs[index]</c>.</summary>
    public void PersistentVolume(PersistentVolume volume, int index)
    {
        Enter("pvs", index);
        Check(volume.CreatedAt, "createdAt");
        volume.Capacity = Read(volume.Capacity, QuantityClass.Bytes, "capacity");
        Leave();
    }

    /// <summary>Reads <c>pvcs[index]</c>.</summary>
    public void PersistentVolumeClaim(PersistentVolumeClaim claim, int index)
    {
        Enter("pvcs", index);
        Check(claim.CreatedAt, "createdAt");
        claim.RequestedCapacity = Read(claim.RequestedCapacity, QuantityClass.Bytes, "requestedCapacity");
        claim.ActualCapacity = Read(claim.ActualCapacity, QuantityClass.Bytes, "actualCapacity");
        Leave();
    }

    /// <summary>Reads <c>events[index]</c>.</summary>
    public void Event(KubeEvent e, int index)
    {
        if (e.CreatedAt.Malformed is null && e.FirstTimestamp.Malformed is null && e.LastTimestamp.Malformed is null)
        {
            return;
        }

        Enter("events", index);
        Check(e.CreatedAt, "createdAt");
        Check(e.FirstTimestamp, "firstTimestamp");
        Check(e.LastTimestamp, "lastTimestamp");
        Leave();
    }
}
