(define (problem plan_trial_T2605_train_059)
(:domain alfred)
(:objects
agent1 - agent
CabinetType - rtype
CoffeeMachineType - rtype
CounterTopType - rtype
DiningTableType - rtype
DrawerType - rtype
FridgeType - rtype
GarbageCanType - rtype
MicrowaveType - rtype
ShelfType - rtype
SinkBasinType - rtype
StoveBurnerType - rtype
CupType - otype
ForkType - otype
MugType - otype
PotatoType - otype
SaltShakerType - otype
SoapBottleType - otype
SpatulaType - otype
Cup_bar__plus_02_dot_65_bar__plus_01_dot_27_bar__minus_00_dot_20 - object
Cup_bar__minus_02_dot_28_bar__plus_00_dot_34_bar__plus_02_dot_76 - object
SoapBottle_bar__plus_00_dot_37_bar__minus_00_dot_17_bar__plus_00_dot_48 - object
Fork_bar__minus_02_dot_89_bar__minus_02_dot_83_bar__plus_02_dot_23 - object
SaltShaker_bar__plus_01_dot_14_bar__plus_00_dot_92_bar__plus_01_dot_08 - object
Spatula_bar__minus_01_dot_00_bar__plus_01_dot_07_bar__minus_01_dot_62 - object
Potato_bar__plus_02_dot_45_bar__minus_01_dot_10_bar__plus_02_dot_73 - object
Mug_bar__plus_01_dot_47_bar__plus_00_dot_83_bar__plus_01_dot_55 - object
Microwave_bar__plus_01_dot_91_bar__plus_01_dot_19_bar__minus_00_dot_47 - receptacle
Cabinet_bar__plus_02_dot_69_bar__plus_01_dot_23_bar__minus_00_dot_79 - receptacle
Sink_bar__minus_01_dot_25_bar__minus_01_dot_36_bar__minus_00_dot_59_bar_SinkBasin - receptacle
Cabinet_bar__plus_00_dot_02_bar__plus_01_dot_36_bar__plus_02_dot_37 - receptacle
Drawer_bar__plus_02_dot_33_bar__plus_02_dot_63_bar__minus_02_dot_19 - receptacle
Fridge_bar__plus_01_dot_76_bar__plus_00_dot_56_bar__minus_01_dot_80 - receptacle
CounterTop_bar__minus_00_dot_13_bar__plus_01_dot_24_bar__plus_02_dot_11 - receptacle
Cabinet_bar__minus_00_dot_75_bar__minus_02_dot_35_bar__plus_01_dot_36 - receptacle
Drawer_bar__plus_00_dot_25_bar__minus_01_dot_97_bar__plus_01_dot_08 - receptacle
GarbageCan_bar__plus_02_dot_59_bar__minus_01_dot_94_bar__minus_02_dot_84 - receptacle
StoveBurner_bar__plus_02_dot_76_bar__plus_02_dot_05_bar__minus_01_dot_72 - receptacle
Shelf_bar__plus_02_dot_32_bar__minus_02_dot_91_bar__plus_02_dot_48 - receptacle
CounterTop_bar__minus_02_dot_93_bar__minus_01_dot_05_bar__plus_00_dot_16 - receptacle
CoffeeMachine_bar__plus_01_dot_15_bar__minus_02_dot_20_bar__minus_02_dot_00 - receptacle
DiningTable_bar__minus_01_dot_64_bar__minus_01_dot_71_bar__plus_01_dot_75 - receptacle
loc_bar_0_bar_6_bar_2_bar_60 - location
loc_bar_12_bar_10_bar_0_bar_0 - location
loc_bar_1_bar_5_bar_1_bar__minus_30 - location
loc_bar_1_bar__minus_4_bar_0_bar__minus_30 - location
loc_bar_2_bar_7_bar_0_bar_0 - location
loc_bar_2_bar__minus_4_bar_1_bar_60 - location
loc_bar_2_bar__minus_6_bar_3_bar_45 - location
loc_bar_3_bar__minus_4_bar_3_bar_30 - location
loc_bar_7_bar__minus_9_bar_3_bar_60 - location
loc_bar_9_bar_5_bar_0_bar_30 - location
loc_bar_9_bar__minus_5_bar_2_bar__minus_30 - location
loc_bar__minus_2_bar__minus_2_bar_3_bar_0 - location
loc_bar__minus_3_bar_5_bar_1_bar_45 - location
loc_bar__minus_4_bar_2_bar_0_bar_60 - location
loc_bar__minus_7_bar_3_bar_1_bar_60 - location
loc_bar__minus_9_bar_1_bar_1_bar__minus_30 - location
)
(:init
(atLocation agent1 loc_bar_12_bar_10_bar_0_bar_0)
(receptacleType Microwave_bar__plus_01_dot_91_bar__plus_01_dot_19_bar__minus_00_dot_47 MicrowaveType)
(receptacleAtLocation Microwave_bar__plus_01_dot_91_bar__plus_01_dot_19_bar__minus_00_dot_47 loc_bar__minus_2_bar__minus_2_bar_3_bar_0)
(openable Microwave_bar__plus_01_dot_91_bar__plus_01_dot_19_bar__minus_00_dot_47)
(receptacleType Cabinet_bar__plus_02_dot_69_bar__plus_01_dot_23_bar__minus_00_dot_79 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_02_dot_69_bar__plus_01_dot_23_bar__minus_00_dot_79 loc_bar_2_bar__minus_6_bar_3_bar_45)
(openable Cabinet_bar__plus_02_dot_69_bar__plus_01_dot_23_bar__minus_00_dot_79)
(receptacleType Sink_bar__minus_01_dot_25_bar__minus_01_dot_36_bar__minus_00_dot_59_bar_SinkBasin SinkBasinType)
(receptacleAtLocation Sink_bar__minus_01_dot_25_bar__minus_01_dot_36_bar__minus_00_dot_59_bar_SinkBasin loc_bar_2_bar__minus_4_bar_1_bar_60)
(receptacleType Cabinet_bar__plus_00_dot_02_bar__plus_01_dot_36_bar__plus_02_dot_37 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_00_dot_02_bar__plus_01_dot_36_bar__plus_02_dot_37 loc_bar__minus_9_bar_1_bar_1_bar__minus_30)
(openable Cabinet_bar__plus_00_dot_02_bar__plus_01_dot_36_bar__plus_02_dot_37)
(receptacleType Drawer_bar__plus_02_dot_33_bar__plus_02_dot_63_bar__minus_02_dot_19 DrawerType)
(receptacleAtLocation Drawer_bar__plus_02_dot_33_bar__plus_02_dot_63_bar__minus_02_dot_19 loc_bar_2_bar_7_bar_0_bar_0)
(openable Drawer_bar__plus_02_dot_33_bar__plus_02_dot_63_bar__minus_02_dot_19)
(receptacleType Fridge_bar__plus_01_dot_76_bar__plus_00_dot_56_bar__minus_01_dot_80 FridgeType)
(receptacleAtLocation Fridge_bar__plus_01_dot_76_bar__plus_00_dot_56_bar__minus_01_dot_80 loc_bar__minus_3_bar_5_bar_1_bar_45)
(openable Fridge_bar__plus_01_dot_76_bar__plus_00_dot_56_bar__minus_01_dot_80)
(receptacleType CounterTop_bar__minus_00_dot_13_bar__plus_01_dot_24_bar__plus_02_dot_11 CounterTopType)
(receptacleAtLocation CounterTop_bar__minus_00_dot_13_bar__plus_01_dot_24_bar__plus_02_dot_11 loc_bar_1_bar__minus_4_bar_0_bar__minus_30)
(receptacleType Cabinet_bar__minus_00_dot_75_bar__minus_02_dot_35_bar__plus_01_dot_36 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_00_dot_75_bar__minus_02_dot_35_bar__plus_01_dot_36 loc_bar_9_bar_5_bar_0_bar_30)
(openable Cabinet_bar__minus_00_dot_75_bar__minus_02_dot_35_bar__plus_01_dot_36)
(receptacleType Drawer_bar__plus_00_dot_25_bar__minus_01_dot_97_bar__plus_01_dot_08 DrawerType)
(receptacleAtLocation Drawer_bar__plus_00_dot_25_bar__minus_01_dot_97_bar__plus_01_dot_08 loc_bar__minus_7_bar_3_bar_1_bar_60)
(openable Drawer_bar__plus_00_dot_25_bar__minus_01_dot_97_bar__plus_01_dot_08)
(receptacleType GarbageCan_bar__plus_02_dot_59_bar__minus_01_dot_94_bar__minus_02_dot_84 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_02_dot_59_bar__minus_01_dot_94_bar__minus_02_dot_84 loc_bar_0_bar_6_bar_2_bar_60)
(receptacleType StoveBurner_bar__plus_02_dot_76_bar__plus_02_dot_05_bar__minus_01_dot_72 StoveBurnerType)
(receptacleAtLocation StoveBurner_bar__plus_02_dot_76_bar__plus_02_dot_05_bar__minus_01_dot_72 loc_bar_7_bar__minus_9_bar_3_bar_60)
(receptacleType Shelf_bar__plus_02_dot_32_bar__minus_02_dot_91_bar__plus_02_dot_48 ShelfType)
(receptacleAtLocation Shelf_bar__plus_02_dot_32_bar__minus_02_dot_91_bar__plus_02_dot_48 loc_bar_3_bar__minus_4_bar_3_bar_30)
(receptacleType CounterTop_bar__minus_02_dot_93_bar__minus_01_dot_05_bar__plus_00_dot_16 CounterTopType)
(receptacleAtLocation CounterTop_bar__minus_02_dot_93_bar__minus_01_dot_05_bar__plus_00_dot_16 loc_bar_9_bar__minus_5_bar_2_bar__minus_30)
(receptacleType CoffeeMachine_bar__plus_01_dot_15_bar__minus_02_dot_20_bar__minus_02_dot_00 CoffeeMachineType)
(receptacleAtLocation CoffeeMachine_bar__plus_01_dot_15_bar__minus_02_dot_20_bar__minus_02_dot_00 loc_bar_1_bar_5_bar_1_bar__minus_30)
(receptacleType DiningTable_bar__minus_01_dot_64_bar__minus_01_dot_71_bar__plus_01_dot_75 DiningTableType)
(receptacleAtLocation DiningTable_bar__minus_01_dot_64_bar__minus_01_dot_71_bar__plus_01_dot_75 loc_bar__minus_4_bar_2_bar_0_bar_60)
(canContain CabinetType CupType)
(canContain CabinetType MugType)
(canContain CabinetType SaltShakerType)
(canContain CabinetType SoapBottleType)
(canContain CoffeeMachineType MugType)
(canContain CounterTopType CupType)
(canContain CounterTopType ForkType)
(canContain CounterTopType MugType)
(canContain CounterTopType PotatoType)
(canContain CounterTopType SaltShakerType)
(canContain CounterTopType SoapBottleType)
(canContain CounterTopType SpatulaType)
(canContain DiningTableType CupType)
(canContain DiningTableType ForkType)
(canContain DiningTableType MugType)
(canContain DiningTableType PotatoType)
(canContain DiningTableType SaltShakerType)
(canContain DiningTableType SoapBottleType)
(canContain DiningTableType SpatulaType)
(canContain DrawerType ForkType)
(canContain DrawerType SaltShakerType)
(canContain DrawerType SoapBottleType)
(canContain DrawerType SpatulaType)
(canContain FridgeType CupType)
(canContain FridgeType MugType)
(canContain FridgeType PotatoType)
(canContain GarbageCanType PotatoType)
(canContain GarbageCanType SoapBottleType)
(canContain MicrowaveType CupType)
(canContain MicrowaveType MugType)
(canContain MicrowaveType PotatoType)
(canContain ShelfType CupType)
(canContain ShelfType MugType)
(canContain ShelfType SaltShakerType)
(canContain ShelfType SoapBottleType)
(canContain SinkBasinType CupType)
(canContain SinkBasinType ForkType)
(canContain SinkBasinType MugType)
(canContain SinkBasinType PotatoType)
(canContain SinkBasinType SpatulaType)
(objectType Cup_bar__plus_02_dot_65_bar__plus_01_dot_27_bar__minus_00_dot_20 CupType)
(inReceptacle Cup_bar__plus_02_dot_65_bar__plus_01_dot_27_bar__minus_00_dot_20 Microwave_bar__plus_01_dot_91_bar__plus_01_dot_19_bar__minus_00_dot_47)
(objectAtLocation Cup_bar__plus_02_dot_65_bar__plus_01_dot_27_bar__minus_00_dot_20 loc_bar__minus_2_bar__minus_2_bar_3_bar_0)
(pickupable Cup_bar__plus_02_dot_65_bar__plus_01_dot_27_bar__minus_00_dot_20)
(heatable Cup_bar__plus_02_dot_65_bar__plus_01_dot_27_bar__minus_00_dot_20)
(coolable Cup_bar__plus_02_dot_65_bar__plus_01_dot_27_bar__minus_00_dot_20)
(cleanable Cup_bar__plus_02_dot_65_bar__plus_01_dot_27_bar__minus_00_dot_20)
(isReceptacleObject Cup_bar__plus_02_dot_65_bar__plus_01_dot_27_bar__minus_00_dot_20)
(objectType Cup_bar__minus_02_dot_28_bar__plus_00_dot_34_bar__plus_02_dot_76 CupType)
(inReceptacle Cup_bar__minus_02_dot_28_bar__plus_00_dot_34_bar__plus_02_dot_76 Microwave_bar__plus_01_dot_91_bar__plus_01_dot_19_bar__minus_00_dot_47)
(objectAtLocation Cup_bar__minus_02_dot_28_bar__plus_00_dot_34_bar__plus_02_dot_76 loc_bar__minus_2_bar__minus_2_bar_3_bar_0)
(pickupable Cup_bar__minus_02_dot_28_bar__plus_00_dot_34_bar__plus_02_dot_76)
(heatable Cup_bar__minus_02_dot_28_bar__plus_00_dot_34_bar__plus_02_dot_76)
(coolable Cup_bar__minus_02_dot_28_bar__plus_00_dot_34_bar__plus_02_dot_76)
(cleanable Cup_bar__minus_02_dot_28_bar__plus_00_dot_34_bar__plus_02_dot_76)
(isReceptacleObject Cup_bar__minus_02_dot_28_bar__plus_00_dot_34_bar__plus_02_dot_76)
(objectType SoapBottle_bar__plus_00_dot_37_bar__minus_00_dot_17_bar__plus_00_dot_48 SoapBottleType)
(inReceptacle SoapBottle_bar__plus_00_dot_37_bar__minus_00_dot_17_bar__plus_00_dot_48 Cabinet_bar__plus_00_dot_02_bar__plus_01_dot_36_bar__plus_02_dot_37)
(objectAtLocation SoapBottle_bar__plus_00_dot_37_bar__minus_00_dot_17_bar__plus_00_dot_48 loc_bar__minus_9_bar_1_bar_1_bar__minus_30)
(pickupable SoapBottle_bar__plus_00_dot_37_bar__minus_00_dot_17_bar__plus_00_dot_48)
(objectType Fork_bar__minus_02_dot_89_bar__minus_02_dot_83_bar__plus_02_dot_23 ForkType)
(inReceptacle Fork_bar__minus_02_dot_89_bar__minus_02_dot_83_bar__plus_02_dot_23 Sink_bar__minus_01_dot_25_bar__minus_01_dot_36_bar__minus_00_dot_59_bar_SinkBasin)
(objectAtLocation Fork_bar__minus_02_dot_89_bar__minus_02_dot_83_bar__plus_02_dot_23 loc_bar_2_bar__minus_4_bar_1_bar_60)
(pickupable Fork_bar__minus_02_dot_89_bar__minus_02_dot_83_bar__plus_02_dot_23)
(cleanable Fork_bar__minus_02_dot_89_bar__minus_02_dot_83_bar__plus_02_dot_23)
(objectType SaltShaker_bar__plus_01_dot_14_bar__plus_00_dot_92_bar__plus_01_dot_08 SaltShakerType)
(inReceptacle SaltShaker_bar__plus_01_dot_14_bar__plus_00_dot_92_bar__plus_01_dot_08 Drawer_bar__plus_00_dot_25_bar__minus_01_dot_97_bar__plus_01_dot_08)
(objectAtLocation SaltShaker_bar__plus_01_dot_14_bar__plus_00_dot_92_bar__plus_01_dot_08 loc_bar__minus_7_bar_3_bar_1_bar_60)
(pickupable SaltShaker_bar__plus_01_dot_14_bar__plus_00_dot_92_bar__plus_01_dot_08)
(objectType Spatula_bar__minus_01_dot_00_bar__plus_01_dot_07_bar__minus_01_dot_62 SpatulaType)
(inReceptacle Spatula_bar__minus_01_dot_00_bar__plus_01_dot_07_bar__minus_01_dot_62 CounterTop_bar__minus_02_dot_93_bar__minus_01_dot_05_bar__plus_00_dot_16)
(objectAtLocation Spatula_bar__minus_01_dot_00_bar__plus_01_dot_07_bar__minus_01_dot_62 loc_bar_9_bar__minus_5_bar_2_bar__minus_30)
(pickupable Spatula_bar__minus_01_dot_00_bar__plus_01_dot_07_bar__minus_01_dot_62)
(cleanable Spatula_bar__minus_01_dot_00_bar__plus_01_dot_07_bar__minus_01_dot_62)
(objectType Potato_bar__plus_02_dot_45_bar__minus_01_dot_10_bar__plus_02_dot_73 PotatoType)
(inReceptacle Potato_bar__plus_02_dot_45_bar__minus_01_dot_10_bar__plus_02_dot_73 Sink_bar__minus_01_dot_25_bar__minus_01_dot_36_bar__minus_00_dot_59_bar_SinkBasin)
(objectAtLocation Potato_bar__plus_02_dot_45_bar__minus_01_dot_10_bar__plus_02_dot_73 loc_bar_2_bar__minus_4_bar_1_bar_60)
(pickupable Potato_bar__plus_02_dot_45_bar__minus_01_dot_10_bar__plus_02_dot_73)
(heatable Potato_bar__plus_02_dot_45_bar__minus_01_dot_10_bar__plus_02_dot_73)
(coolable Potato_bar__plus_02_dot_45_bar__minus_01_dot_10_bar__plus_02_dot_73)
(cleanable Potato_bar__plus_02_dot_45_bar__minus_01_dot_10_bar__plus_02_dot_73)
(sliceable Potato_bar__plus_02_dot_45_bar__minus_01_dot_10_bar__plus_02_dot_73)
(objectType Mug_bar__plus_01_dot_47_bar__plus_00_dot_83_bar__plus_01_dot_55 MugType)
(inReceptacle Mug_bar__plus_01_dot_47_bar__plus_00_dot_83_bar__plus_01_dot_55 CoffeeMachine_bar__plus_01_dot_15_bar__minus_02_dot_20_bar__minus_02_dot_00)
(objectAtLocation Mug_bar__plus_01_dot_47_bar__plus_00_dot_83_bar__plus_01_dot_55 loc_bar_1_bar_5_bar_1_bar__minus_30)
(pickupable Mug_bar__plus_01_dot_47_bar__plus_00_dot_83_bar__plus_01_dot_55)
(heatable Mug_bar__plus_01_dot_47_bar__plus_00_dot_83_bar__plus_01_dot_55)
(coolable Mug_bar__plus_01_dot_47_bar__plus_00_dot_83_bar__plus_01_dot_55)
(cleanable Mug_bar__plus_01_dot_47_bar__plus_00_dot_83_bar__plus_01_dot_55)
(isReceptacleObject Mug_bar__plus_01_dot_47_bar__plus_00_dot_83_bar__plus_01_dot_55)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 CupType)
                                    (receptacleType ?r SinkBasinType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 CupType)
                                            (receptacleType ?r SinkBasinType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
